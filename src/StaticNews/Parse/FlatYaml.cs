namespace StaticNews.Parse;

/// <summary>
/// The commonest YAML of a newsroom, a dump's sidecar (<c>date: 2024-12-04T12:00:00+01:00</c>), read without
/// starting a YAML parser: 10,000 sidecars cost a dump build 4 % of its time through YamlDotNet. Only lines of
/// <c>key: value</c> whose value is plain, unremarkable text qualify — letters, digits, spaces and <c>+ - : . /</c>,
/// no <c>": "</c> — for which YAML's meaning is the text itself; anything else returns null and takes the parser.
/// </summary>
public static class FlatYaml
{
    /// <returns>The same tree <see cref="YamlTreeReader"/> builds from YamlDotNet's events, or null.</returns>
    public static YamlMapping? TryRead(string yaml, int firstLine)
    {
        if (yaml.Length == 0 || yaml.Contains('\r')) return null;
        var text = yaml.EndsWith('\n') ? yaml.AsSpan(0, yaml.Length - 1) : yaml.AsSpan();
        var fields = new List<YamlField>();
        var line = firstLine;
        foreach (var row in text.EnumerateLines())
        {
            var colon = row.IndexOf(": ");
            if (colon <= 0 || !IsKey(row[..colon]) || !IsPlainValue(row[(colon + 2)..])) return null;
            fields.Add(new YamlField(row[..colon].ToString(),
                new YamlScalar(row[(colon + 2)..].ToString(), IsPlain: true, new SourcePosition(line, colon + 3)), new SourcePosition(line, 1)));
            line++;
        }
        return new YamlMapping(fields, new SourcePosition(firstLine, 1));
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        if (!char.IsAsciiLetter(key[0])) return false;
        foreach (var c in key)
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('_' or '-')) return false;
        return true;
    }

    private static bool IsPlainValue(ReadOnlySpan<char> value)
    {
        if (value.Length == 0 || !char.IsAsciiLetterOrDigit(value[0]) || value[^1] is ' ' or ':') return false;
        foreach (var c in value)
            if (!char.IsAsciiLetterOrDigit(c) && c is not (' ' or '+' or '-' or ':' or '.' or '/')) return false;
        return !value.Contains(": ", StringComparison.Ordinal);
    }
}
