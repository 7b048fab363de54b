using StaticNews.Text;

namespace StaticNews.Parse;

/// <summary>
/// The commonest YAML of a newsroom read without starting a YAML parser: a dump's sidecar
/// (<c>date: 2024-12-04T12:00:00+01:00</c>), and front matter as editors and tools write it — lines of
/// <c>key: value</c>, lists of <c>- value</c> lines under a <c>key:</c>, and lists on one line (<c>[a, "b"]</c>).
/// YamlDotNet cost a dump build 4 % of its time for 10,000 sidecars, and a Markdown build as much for its front
/// matter. A value qualifies when YAML's meaning is its text: plain, unremarkable text (letters, digits, spaces and
/// <c>+ - : . /</c>, starting with a letter, a digit or <c>/</c>, no <c>": "</c>), or text in double quotes without
/// escapes, quotes or invisible characters. Anything else returns null and takes the parser.
/// </summary>
public static class FlatYaml
{
    /// <returns>The same tree <see cref="YamlTreeReader"/> builds from YamlDotNet's events, or null.</returns>
    public static YamlMapping? TryRead(string yaml, int firstLine)
    {
        if (yaml.Length == 0 || yaml.Contains('\r')) return null;
        var text = yaml.EndsWith('\n') ? yaml.AsSpan(0, yaml.Length - 1) : yaml.AsSpan();
        var fields = new List<YamlField>();
        ItemLines? list = null;
        // A list ends at the first line that is none of its items; one without items is an empty value (null),
        // which the parser says.
        bool Ended()
        {
            if (list is null) return true;
            if (list.Items.Count == 0) return false;
            fields.Add(list.Field);
            list = null;
            return true;
        }
        var line = firstLine;
        foreach (var row in text.EnumerateLines())
        {
            if (list is not null && list.TryAdd(row, line))
            {
                line++;
                continue;
            }
            if (!Ended()) return null;
            if (row.Length > 1 && row[^1] == ':' && IsKey(row[..^1]))
                list = new ItemLines(row[..^1].ToString(), new SourcePosition(line, 1));
            else
            {
                var colon = row.IndexOf(": ");
                if (colon <= 0 || !IsKey(row[..colon]) || Value(row[(colon + 2)..], line, colon + 3) is not { } value) return null;
                fields.Add(new YamlField(row[..colon].ToString(), value, new SourcePosition(line, 1)));
            }
            line++;
        }
        return Ended() ? new YamlMapping(fields, new SourcePosition(firstLine, 1)) : null;
    }

    /// <summary>The <c>- value</c> lines under a <c>key:</c>, all indented alike.</summary>
    private sealed class ItemLines(string key, SourcePosition keyAt)
    {
        private int _indent = -1;
        private SourcePosition _at;
        public List<YamlValue> Items { get; } = [];
        public YamlField Field => new(key, new YamlSequence(Items, _at), keyAt);

        public bool TryAdd(ReadOnlySpan<char> row, int line)
        {
            var indent = row.IndexOfAnyExcept(' ');
            if (indent < 0 || (_indent >= 0 && indent != _indent) || !row[indent..].StartsWith("- ")
                || Scalar(row[(indent + 2)..], new SourcePosition(line, indent + 3)) is not { } item) return false;
            if (_indent < 0) (_indent, _at) = (indent, new SourcePosition(line, indent + 1));
            Items.Add(item);
            return true;
        }
    }

    /// <summary>A scalar, or a list on one line: <c>[NATO, "Olaf Scholz"]</c>.</summary>
    private static YamlValue? Value(ReadOnlySpan<char> value, int line, int column) =>
        value.StartsWith('[') ? FlowList(value, line, column) : Scalar(value, new SourcePosition(line, column));

    private static YamlSequence? FlowList(ReadOnlySpan<char> value, int line, int column)
    {
        if (value[^1] != ']') return null;
        var items = new List<YamlValue>();
        var at = 1;
        while (true)
        {
            while (at < value.Length - 1 && value[at] == ' ') at++;
            if (at == value.Length - 1) return items.Count == 0 ? new YamlSequence(items, new SourcePosition(line, column)) : null; // [] or a trailing comma
            int end;
            if (value[at] == '"')
            {
                var close = value[(at + 1)..].IndexOf('"');
                if (close < 0) return null;
                end = at + close + 2;
            }
            else
            {
                var comma = value[at..^1].IndexOf(',');
                end = comma < 0 ? value.Length - 1 : at + comma;
            }
            var text = value[at..end].TrimEnd(' ');
            if (Scalar(text, new SourcePosition(line, column + at)) is not { } item) return null;
            items.Add(item);
            at = end;
            while (at < value.Length - 1 && value[at] == ' ') at++;
            if (at == value.Length - 1) return new YamlSequence(items, new SourcePosition(line, column));
            if (value[at] != ',') return null;
            at++;
        }
    }

    private static YamlScalar? Scalar(ReadOnlySpan<char> value, SourcePosition at)
    {
        if (IsPlainValue(value)) return new YamlScalar(value.ToString(), IsPlain: true, at);
        if (value.Length < 2 || value[0] != '"' || value[^1] != '"') return null;
        var quoted = value[1..^1];
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (char.IsHighSurrogate(c) && i + 1 < quoted.Length && char.IsLowSurrogate(quoted[i + 1])) i++; // 🙂: one character
            else if (c is '"' or '\\' or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF' || char.IsControl(c) || char.IsSurrogate(c)) return null;
        }
        // As the parser's reader keeps them: no character XML forbids reaches a page.
        return new YamlScalar(ControlCharacters.Strip(quoted.ToString()), IsPlain: false, at);
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
        if (value.Length == 0 || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] == '/') || value[^1] is ' ' or ':') return false;
        foreach (var c in value)
            if (!char.IsAsciiLetterOrDigit(c) && c is not (' ' or '+' or '-' or ':' or '.' or '/')) return false;
        return !value.Contains(": ", StringComparison.Ordinal);
    }
}
