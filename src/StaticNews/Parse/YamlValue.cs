namespace StaticNews.Parse;

/// <summary>A position in a source file, 1-based, as editors count.</summary>
public readonly record struct SourcePosition(int Line, int Column);

/// <summary>
/// A YAML value as the front matter and <c>site.yml</c> readers see it: a small tree with positions, never
/// bigger than the text (aliases are not expanded), so a hostile file cannot blow it up.
/// </summary>
public abstract record YamlValue(SourcePosition Position);

/// <param name="IsPlain">Written without quotes: only then do <c>5</c> or <c>true</c> mean a number or a boolean.</param>
public sealed record YamlScalar(string Text, bool IsPlain, SourcePosition Position) : YamlValue(Position)
{
    /// <summary>YAML's core-schema null: an empty plain value, <c>~</c> or <c>null</c>.</summary>
    public bool IsNull => IsPlain && Text is "" or "~" or "null" or "Null" or "NULL";
}

public sealed record YamlSequence(IReadOnlyList<YamlValue> Items, SourcePosition Position) : YamlValue(Position);

public sealed record YamlMapping(IReadOnlyList<YamlField> Fields, SourcePosition Position) : YamlValue(Position);

/// <summary>An alias (<c>*name</c>): kept as a reference, never expanded.</summary>
public sealed record YamlAlias(string Anchor, SourcePosition Position) : YamlValue(Position);

public sealed record YamlField(string Key, YamlValue Value, SourcePosition Position);
