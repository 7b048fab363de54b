using StaticNews.Model.Keys;
using StaticNews.Model;
using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>A declared key's value, read and checked by its <see cref="ValueKind"/>: the one place its type is checked.</summary>
public sealed partial class YamlFieldReader
{
    /// <returns>The value as the kind's type (string, int, bool, DateTimeOffset, a list of text, Uri, TimeZoneInfo,
    /// <see cref="Taxonomy"/>); null when the value is absent or wrong (then a problem is added).</returns>
    /// <param name="timeZone">Where a date without offset is read.</param>
    public object? Read(KeyDeclaration key, YamlField field, TimeZoneInfo timeZone) => key.Kind switch
    {
        ValueKind.Text => String(field),
        ValueKind.PositiveInteger => PositiveInt(field),
        ValueKind.Boolean => Bool(field),
        ValueKind.Date => Date(field, timeZone),
        ValueKind.TextList => StringList(field),
        ValueKind.Url => Url(field),
        ValueKind.Language => Parsed(field, text => LanguageTag.TryNormalize(text, out var tag) ? tag : null,
            "a BCP 47 language tag", $"Write for example `{field.Key}: de` or `{field.Key}: en-GB`."),
        ValueKind.TimeZone => Parsed(field, text => TimeZoneInfo.TryFindSystemTimeZoneById(text, out var zone) ? zone : null,
            "an IANA time zone", $"Use a name such as `Europe/Berlin` or `UTC`."),
        ValueKind.Permalink => Parsed(field, text => text.StartsWith('/') && text.EndsWith('/') && text.Contains("{slug}", StringComparison.Ordinal)
                && !text.Contains("..", StringComparison.Ordinal) ? text : null,
            "a path that starts and ends with `/` and contains `{slug}`", $"Write for example `{field.Key}: /{{yyyy}}/{{MM}}/{{dd}}/{{slug}}/`."),
        ValueKind.TagAliases => TagAliases(field),
        ValueKind.Names => field.Value is YamlScalar { IsNull: false } ? String(field) is { Length: > 0 } name ? new[] { name } : Array.Empty<string>() : StringList(field),
        ValueKind.Editions => Editions(field),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "a kind of value with no reader"),
    };

    private Uri? Url(YamlField field)
    {
        if (String(field) is not { } text) return null;
        if (SiteUrl.TryParse(text, out var problem) is { } url) return url;
        // A URL with a password is not repeated into a log.
        Problem(field, $"`{field.Key}` {problem}{(SiteUrl.HasCredentials(text) ? "" : $", not `{text}`")}.",
            $"Write for example `{field.Key}: https://example.org/news/`.");
        return null;
    }

    /// <summary>Each tag with the words that stand for it: <c>Nordkorea: [Nordkoreas, Pjöngjang]</c>.</summary>
    private Taxonomy? TagAliases(YamlField field)
    {
        if (field.Value is YamlScalar { IsNull: true }) return Taxonomy.Empty;
        if (field.Value is not YamlMapping mapping)
        {
            Problem(field, $"`{field.Key}` must list tags as `Tag: [alias, alias]` lines.", "Write for example `  Nordkorea: [Nordkoreas, Pjöngjang]`.");
            return null;
        }
        var entries = new List<TaxonomyEntry>();
        foreach (var tag in mapping.Fields)
            if (StringList(tag) is { } aliases)
                entries.Add(new TaxonomyEntry(tag.Key.Trim(), aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList()));
        return new Taxonomy(entries);
    }

    /// <summary>Editions by language: <c>en: {title: World News, description: …}</c>.</summary>
    private IReadOnlyList<EditionSettings>? Editions(YamlField field)
    {
        if (field.Value is YamlScalar { IsNull: true }) return [];
        const string fix = "Write for example `  en: {title: World News, description: The news in English}`, or `title:` and `description:` on lines of their own; quote a value that holds a comma.";
        if (field.Value is not YamlMapping mapping)
        {
            Problem(field, $"`{field.Key}` must list editions as `language: {{title: …, description: …}}` lines.", fix);
            return null;
        }
        var editions = new List<EditionSettings>();
        foreach (var edition in mapping.Fields)
        {
            if (!LanguageTag.TryNormalize(edition.Key, out var lang))
            {
                Problem(edition, $"the edition `{edition.Key}` is not a language tag.", "Name each edition by its language: `en`, `fr`.");
                continue;
            }
            string? title = null, description = null;
            if (edition.Value is YamlMapping parts)
                foreach (var part in parts.Fields)
                {
                    if (part.Key == "title") title = String(part);
                    else if (part.Key == "description") description = String(part);
                    else Problem(part, $"an edition has a `title` and a `description`, not `{part.Key}`.", fix);
                }
            else if (edition.Value is not YamlScalar { IsNull: true })
                Problem(edition, $"the edition `{edition.Key}` must be a mapping with `title` and `description`.", fix);
            editions.Add(new EditionSettings(LanguageTag.Primary(lang), title, description));
        }
        return editions;
    }

    /// <summary>A key the declarations do not have, with the nearest known one when an editor most likely meant it.</summary>
    public void Unknown(YamlField field, IReadOnlyList<KeyDeclaration> keys, string what, string consequence)
    {
        var nearest = KeyDeclaration.Nearest(keys, field.Key);
        problems.Add(Diagnostic.Warning(DiagnosticCode.UnknownKey, file,
            $"`{field.Key}` is not {what}{(nearest is null ? "." : $"; did you mean `{nearest.Name}`?")} {consequence}",
            nearest is null ? "See the README for the keys." : null, field.Position.Line, field.Position.Column));
    }
}
