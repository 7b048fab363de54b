namespace StaticNews.Model;

/// <summary>The newsroom's tag list: each tag with the spellings that mean it (<c>Nordkorea: [Nordkoreas, Pjöngjang]</c>).</summary>
public sealed record Taxonomy(IReadOnlyList<TaxonomyEntry> Entries)
{
    public static readonly Taxonomy Empty = new([]);
}

/// <summary>One tag of the taxonomy: its display name and the words in a text that stand for it.</summary>
public sealed record TaxonomyEntry(string Name, IReadOnlyList<string> Aliases);
