using System.Reflection;

namespace StaticNews.Enrich.Names;

/// <summary>What kind of place a gazetteer name is; ordered by how sure a capitalised mention of it is a name.</summary>
public enum PlaceKind { None, City, Feature, Region, Country }

/// <summary>
/// Places and first names from open data (<c>Data/LICENSES.md</c>): countries, regions, towns of 15,000 people or
/// more, seas, rivers and mountains, in German, English, Spanish and French. German capitalises every noun, so
/// whether a word is a known place is the best evidence that it is a name. Loaded once, when a build sees a dump
/// (<see cref="Preload"/>; about 65,000 places and 61,000 first names, some 30 ms each), never for a site of
/// front-matter pages.
/// </summary>
public static class Gazetteer
{
    private static readonly Lazy<Dictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>>> Places = new(LoadPlaces);
    private static readonly Lazy<HashSet<string>.AlternateLookup<ReadOnlySpan<char>>> FirstNames = new(LoadFirstNames);

    /// <summary>The kind of place <paramref name="name"/> is, as written (case matters: <c>Nice</c>, not <c>nice</c>).</summary>
    public static PlaceKind Place(ReadOnlySpan<char> name) => Places.Value.TryGetValue(name, out var kind) ? kind : PlaceKind.None;

    /// <summary>Whether <paramref name="word"/> is a first name in any of the four languages, capitalised as text writes it (<c>Olaf</c>).</summary>
    public static bool IsFirstName(ReadOnlySpan<char> word) => FirstNames.Value.Contains(word);

    /// <summary>Loads both lists on another thread, so that the first story to need them does not wait as long.</summary>
    public static void Preload() => Task.Run(() => (Places.Value, FirstNames.Value));

    /// <summary>A plain dictionary: freezing 65,000 names took 100 ms more than it saves on a build's lookups.</summary>
    private static Dictionary<string, PlaceKind>.AlternateLookup<ReadOnlySpan<char>> LoadPlaces()
    {
        var places = new Dictionary<string, PlaceKind>(80_000, StringComparer.Ordinal);
        foreach (var line in Lines("places.txt"))
        {
            var tab = line.IndexOf('\t');
            var kind = line.AsSpan(0, tab) switch { "country" => PlaceKind.Country, "region" => PlaceKind.Region, _ => PlaceKind.City };
            places[line[(tab + 1)..]] = kind;
        }
        foreach (var line in Lines("features.txt"))
            if (line.Length > 0 && line[0] != '#' && places.GetValueOrDefault(line) < PlaceKind.Feature) places[line] = PlaceKind.Feature;
        return places.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LoadFirstNames() =>
        new HashSet<string>(Lines("first-names.txt"), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static IEnumerable<string> Lines(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("names/" + file)
            ?? throw new InvalidOperationException($"names/{file} is not embedded in the assembly: see StaticNews.csproj");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line) yield return line;
    }
}
