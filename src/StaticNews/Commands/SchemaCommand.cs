using StaticNews.Model.Keys;

namespace StaticNews.Commands;

/// <summary><c>schema site|front-matter</c>: prints the JSON Schema of site.yml or of front matter.</summary>
public static class SchemaCommand
{
    public static readonly string[] Kinds = ["site", "front-matter"];

    public static int Run(string kind, TextWriter output)
    {
        output.Write(kind == "site" ? KeySchema.Site() : KeySchema.FrontMatter());
        return ExitCodes.Success;
    }
}
