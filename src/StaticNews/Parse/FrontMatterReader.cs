using StaticNews.Model;
using StaticNews.Model.Keys;
using StaticNews.Text;

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
        YamlField? expires = null;

        foreach (var field in yaml.Fields)
        {
            if (field.Key == FrontMatterKeys.Expires.Name) expires = field;
            if (!seen.Add(field.Key))
            {
                fields.Problem(field, $"`{field.Key}` is set twice.", "Keep one of the two lines.", DiagnosticCode.KeySetTwice);
                continue;
            }
            if (KeyDeclaration.Find(FrontMatterKeys.All, field.Key) is not { } key)
            {
                // A page's own keys are the theme's parameters; a sidecar's unknown key is most likely a typo.
                if (baseline is not null) fields.Unknown(field, FrontMatterKeys.All, "a front-matter key", "It is kept as a theme parameter.");
                matter = KeepParameter(field, parameters, matter);
            }
            else if (fields.Read(key, field, timeZone) is { } value)
                matter = Apply(matter, key, value);
        }

        if (string.IsNullOrWhiteSpace(matter.Title))
            problems.Add(Diagnostic.Error(DiagnosticCode.NoTitle, file, "the front matter has no `title`.", "Add a line `title: Your headline`.", yaml.Position.Line));
        // Taken down before it goes up: most likely a year mistyped, and the story would vanish without a word.
        if (matter is { Expires: { } until, Date: { } date } && until <= date && expires is not null)
            problems.Add(Diagnostic.Warning(DiagnosticCode.ExpiresFirst, file,
                $"`expires` ({IsoDate.Format(until)}) is not after `date` ({IsoDate.Format(date)}): the story is never published.",
                "Correct one of the two dates, or delete `expires`.", expires.Value.Position.Line, expires.Value.Position.Column));

        return problems.Count(p => p.Severity == Severity.Error) > before ? null : matter with { Params = parameters };
    }

    private static FrontMatter KeepParameter(YamlField field, SortedDictionary<string, string> parameters, FrontMatter matter)
    {
        // Only text reaches the theme: nested values would need a schema the theme cannot declare.
        if (field.Value is YamlScalar scalar) parameters[field.Key] = scalar.Text;
        return matter;
    }

    private static FrontMatter Apply(FrontMatter matter, KeyDeclaration key, object value) => key.Name switch
    {
        "title" => matter with { Title = (string)value },
        "date" => matter with { Date = (DateTimeOffset)value },
        "updated" => matter with { Updated = (DateTimeOffset)value },
        "lang" => matter with { Lang = (string)value },
        "tags" => matter with { Tags = (IReadOnlyList<string>)value },
        "summary" => matter with { Summary = (string)value },
        "slug" => matter with { Slug = (string)value },
        "author" => matter with { Authors = (IReadOnlyList<string>)value },
        "expires" => matter with { Expires = (DateTimeOffset)value },
        "image" => matter with { Image = (string)value },
        "imageAlt" => matter with { ImageAlt = (string)value },
        "imageCaption" => matter with { ImageCaption = (string)value },
        "imageCredit" => matter with { ImageCredit = (string)value },
        "draft" => matter with { Draft = (bool)value },
        "aliases" => matter with { Aliases = (IReadOnlyList<string>)value },
        "source" => matter with { Source = (string)value },
        "prev" => matter with { Prev = (string)value },
        "next" => matter with { Next = (string)value },
        "translationKey" => matter with { TranslationKey = (string)value },
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Name, "a declared front-matter key that is not applied"),
    };
}
