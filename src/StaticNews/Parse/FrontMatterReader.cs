using StaticNews.Model;

namespace StaticNews.Parse;

/// <summary>Maps a YAML mapping onto the front-matter schema; unknown keys become theme parameters.</summary>
public sealed class FrontMatterReader(TimeZoneInfo timeZone)
{
    /// <summary>
    /// Reads <paramref name="yaml"/> over <paramref name="baseline"/> (a dump's derived fields, for a sidecar).
    /// Without a baseline, <c>title</c> is required. Returns null when the file had errors, all of them in <paramref name="problems"/>.
    /// </summary>
    public FrontMatter? Read(YamlMapping yaml, string file, ICollection<Diagnostic> problems, FrontMatter? baseline = null)
    {
        var before = problems.Count(p => p.Severity == Severity.Error);
        var fields = new YamlFieldReader(file, problems);
        var matter = baseline ?? new FrontMatter { Title = "" };
        var parameters = new SortedDictionary<string, string>(matter.Params.ToDictionary(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        foreach (var field in yaml.Fields)
        {
            if (!seen.Add(field.Key))
            {
                fields.Problem(field, $"`{field.Key}` is set twice.", "Keep one of the two lines.");
                continue;
            }
            matter = field.Key switch
            {
                "title" => fields.String(field) is { } title ? matter with { Title = title } : matter,
                "date" => matter with { Date = fields.Date(field, timeZone) ?? matter.Date },
                "updated" => matter with { Updated = fields.Date(field, timeZone) ?? matter.Updated },
                "lang" => matter with { Lang = Language(fields, field) ?? matter.Lang },
                "tags" => matter with { Tags = fields.StringList(field) ?? matter.Tags },
                "summary" => matter with { Summary = fields.String(field) ?? matter.Summary },
                "slug" => matter with { Slug = fields.String(field) ?? matter.Slug },
                "author" => matter with { Author = fields.String(field) ?? matter.Author },
                "image" => matter with { Image = fields.String(field) ?? matter.Image },
                "draft" => matter with { Draft = fields.Bool(field) ?? matter.Draft },
                "aliases" => matter with { Aliases = fields.StringList(field) ?? matter.Aliases },
                "source" => matter with { Source = fields.String(field) ?? matter.Source },
                "prev" => matter with { Prev = fields.String(field) ?? matter.Prev },
                "next" => matter with { Next = fields.String(field) ?? matter.Next },
                "translationKey" => matter with { TranslationKey = fields.String(field) ?? matter.TranslationKey },
                _ => KeepParameter(field, parameters, matter),
            };
        }

        if (string.IsNullOrWhiteSpace(matter.Title))
            problems.Add(Diagnostic.Error(file, "the front matter has no `title`.", "Add a line `title: Your headline`.", yaml.Position.Line));

        return problems.Count(p => p.Severity == Severity.Error) > before ? null : matter with { Params = parameters };
    }

    private static FrontMatter KeepParameter(YamlField field, SortedDictionary<string, string> parameters, FrontMatter matter)
    {
        // Only text reaches the theme: nested values would need a schema the theme cannot declare.
        if (field.Value is YamlScalar scalar) parameters[field.Key] = scalar.Text;
        return matter;
    }

    private static string? Language(YamlFieldReader fields, YamlField field) =>
        fields.Parsed(field, text => LanguageTag.TryNormalize(text, out var tag) ? tag : null,
            "a BCP 47 language tag", "Write for example `lang: de` or `lang: en-GB`.");
}
