using System.Text.Json;
using StaticNews.Enrich;
using StaticNews.Enrich.Names;
using StaticNews.Parse;
using Xunit.Abstractions;

namespace StaticNews.Tests.Parse;

/// <summary>The 12 sample dumps against what a careful editor made of them (<c>key.json</c>); issue #3.</summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    public sealed record KeyEntry(string File, string Title, string Lang, int Paragraphs, string[] Boilerplate, string First_paragraph_prefix, string[] Entities);

    public static TheoryData<string> Files() => new(Key().Select(k => k.File));

    private static IReadOnlyList<KeyEntry> Key() =>
        JsonSerializer.Deserialize<List<KeyEntry>>(File.ReadAllText(Path.Combine(Fixtures.Corpus, "key.json")),
            new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;

    private static (KeyEntry Key, RawDump Dump) Load(string file)
    {
        var key = Key().Single(k => k.File == file);
        return (key, DumpParser.Parse(File.ReadAllBytes(Path.Combine(Fixtures.Corpus, "raw", file)), file, new List<StaticNews.Model.Diagnostic>()));
    }

    [Theory, MemberData(nameof(Files))]
    public void Title_paragraphs_and_lead_match_the_key(string file)
    {
        var (key, dump) = Load(file);
        Assert.Equal(key.Title, dump.Title);
        Assert.Equal(key.Paragraphs, dump.Paragraphs.Count);
        Assert.StartsWith(key.First_paragraph_prefix, dump.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Files))]
    public void No_boilerplate_line_survives(string file)
    {
        var (key, dump) = Load(file);
        foreach (var line in key.Boilerplate)
            Assert.DoesNotContain(dump.Paragraphs, p => p == line || p.Trim() == line);
        Assert.DoesNotContain(dump.Paragraphs, p => p.StartsWith("PREV ", StringComparison.Ordinal) || p.StartsWith("NEXT ", StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Files))]
    public void Navigation_lines_become_linked_story_titles(string file)
    {
        var (key, dump) = Load(file);
        Assert.Equal(key.Boilerplate.FirstOrDefault(b => b.StartsWith("PREV ", StringComparison.Ordinal))?[5..].Trim(), dump.Prev);
        Assert.Equal(key.Boilerplate.FirstOrDefault(b => b.StartsWith("NEXT ", StringComparison.Ordinal))?[5..].Trim(), dump.Next);
    }

    [Theory, MemberData(nameof(Files))]
    public void Language_is_detected_from_the_text(string file)
    {
        var (key, dump) = Load(file);
        Assert.Equal(key.Lang, DetectLanguage.Run(dump.Title, dump.Paragraphs));
    }

    [Fact]
    public void Across_the_samples_suggested_tags_name_seven_in_ten_places_and_organisations()
    {
        var (found, total) = (0, 0);
        foreach (var key in Key())
        {
            var (_, dump) = Load(key.File);
            var tags = SuggestTags.Run(dump.Title, dump.Paragraphs, key.Lang, count: 6);
            found += key.Entities.Count(e => tags.Contains(e, StringComparer.OrdinalIgnoreCase));
            total += key.Entities.Length;
        }
        Assert.True(found * 10 >= total * 7, $"{found} of {total}");
    }

    [Theory, MemberData(nameof(Files))]
    public void Suggested_tags_name_most_places_and_organisations(string file)
    {
        var (key, dump) = Load(file);
        var tags = SuggestTags.Run(dump.Title, dump.Paragraphs, key.Lang, count: 6);
        output.WriteLine(string.Join(" | ", tags));
        var found = key.Entities.Count(e => tags.Contains(e, StringComparer.OrdinalIgnoreCase));
        Assert.True(found * 2 >= key.Entities.Length, $"tags [{string.Join(", ", tags)}] name {found} of [{string.Join(", ", key.Entities)}]");
    }
}
