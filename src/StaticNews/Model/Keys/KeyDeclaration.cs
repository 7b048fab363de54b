namespace StaticNews.Model.Keys;

/// <summary>What a key's value must be: the reader's type check and the JSON Schema both follow from it.</summary>
public enum ValueKind
{
    /// <summary>One line of text.</summary>
    Text,
    /// <summary>A whole number from 1 to int.MaxValue.</summary>
    PositiveInteger,
    /// <summary><c>true</c> or <c>false</c>, unquoted.</summary>
    Boolean,
    /// <summary>An ISO 8601 date, with or without a time and an offset.</summary>
    Date,
    /// <summary>A list of one-line texts.</summary>
    TextList,
    /// <summary>An absolute http(s) URL without user name, password, query or fragment.</summary>
    Url,
    /// <summary>A BCP 47 language tag.</summary>
    Language,
    /// <summary>An IANA time zone name.</summary>
    TimeZone,
    /// <summary>A URL pattern that starts and ends with <c>/</c> and holds <c>{slug}</c>.</summary>
    Permalink,
    /// <summary>Tags, each with a list of aliases.</summary>
    TagAliases,
    /// <summary>One name, or a list of names.</summary>
    Names,
    /// <summary>Language tags, each with a title and a description.</summary>
    Editions,
}

/// <summary>
/// One key of <c>site.yml</c> or of front matter, declared once: the YAML reader checks its value by
/// <see cref="Kind"/>, the JSON Schema (<c>schema site|front-matter</c>) is made from it, and the README's key
/// tables are held to it by a test, so the three cannot drift apart.
/// </summary>
/// <param name="Description">One line, the same words in the schema and the README.</param>
/// <param name="Default">The value a missing key has (string, int or bool); null when it has none of its own.</param>
/// <param name="DefaultNote">What the default is where it is no value (<c>from the title</c>), or what comes with it.</param>
public sealed record KeyDeclaration(string Name, ValueKind Kind, string Description, object? Default = null, string? DefaultNote = null)
{
    /// <summary>The declaration of <paramref name="name"/> in <paramref name="keys"/>; null when it has none.</summary>
    public static KeyDeclaration? Find(IReadOnlyList<KeyDeclaration> keys, string name) => keys.FirstOrDefault(k => k.Name == name);

    /// <summary>The known key an unknown one was most likely meant to be (<c>pagesize</c> → <c>pageSize</c>); null when none is close.</summary>
    public static KeyDeclaration? Nearest(IReadOnlyList<KeyDeclaration> keys, string name)
    {
        var best = keys.Select(k => (Key: k, Distance: Distance(k.Name.ToLowerInvariant(), name.ToLowerInvariant())))
            .OrderBy(c => c.Distance).ThenBy(c => c.Key.Name, StringComparer.Ordinal).First();
        return best.Distance <= Math.Max(2, name.Length / 3) ? best.Key : null;
    }

    /// <summary>Levenshtein distance: the fewest single-character edits from one to the other.</summary>
    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
