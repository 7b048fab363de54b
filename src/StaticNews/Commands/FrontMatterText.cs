using YamlDotNet.Serialization;

namespace StaticNews.Commands;

/// <summary>
/// A page as editors read it, written by <c>import</c> and <c>new</c> alike: <c>---</c>, the line that points an
/// editor at the schema, the fields as YAML in the order given (quoted only where YAML needs it), <c>---</c>, the body.
/// </summary>
public static class FrontMatterText
{
    private static readonly ISerializer Yaml = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    public static string Page(IEnumerable<KeyValuePair<string, object>> fields, string modeline, string body) =>
        $"---\n{modeline}\n{Yaml.Serialize(fields.ToDictionary(f => f.Key, f => f.Value)).ReplaceLineEndings("\n")}---\n\n{body}";
}
