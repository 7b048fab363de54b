using StaticNews.Model;
using StaticNews.Parse;

namespace StaticNews.Load;

/// <summary>Reads the <c>taxonomy:</c> block of site.yml: each tag with the words that stand for it.</summary>
public static class ReadTaxonomy
{
    public static Taxonomy Run(YamlFieldReader fields, YamlField field)
    {
        if (field.Value is YamlScalar { IsNull: true }) return Taxonomy.Empty;
        if (field.Value is not YamlMapping mapping)
        {
            fields.Problem(field, "`taxonomy` must list tags as `Tag: [alias, alias]` lines.", "Write for example `  Nordkorea: [Nordkoreas, Pjöngjang]`.");
            return Taxonomy.Empty;
        }
        var entries = new List<TaxonomyEntry>();
        foreach (var tag in mapping.Fields)
        {
            var aliases = fields.StringList(tag);
            if (aliases is not null) entries.Add(new TaxonomyEntry(tag.Key.Trim(), aliases.Select(a => a.Trim()).Where(a => a.Length > 0).ToList()));
        }
        return new Taxonomy(entries);
    }
}
