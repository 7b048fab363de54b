using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace StaticNews.Text.Unicode;

/// <summary>
/// Unicode Normalization Form C (UAX #15), applied to all text as it is read, so that the same visible title or
/// tag is one string (<c>Su&#x308;dkorea</c> from macOS and <c>Südkorea</c> give one slug and one tag page). The
/// program runs with invariant globalization, where <see cref="string.Normalize()"/> does nothing, so the
/// tables come from the Unicode Character Database (<see cref="NfcTables"/>).
/// </summary>
public static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly FrozenDictionary<int, int> Classes = Pairs(NfcTables.CombiningClasses);
    private static readonly FrozenDictionary<int, int[]> Decompositions = Runs(NfcTables.Decompositions);
    private static readonly FrozenDictionary<long, int> Compositions = Triples(NfcTables.Compositions);

    /// <summary>
    /// The characters NFC may change or join (quick check "No" or "Maybe", or a combining class): every other
    /// character is left as it is whatever stands around it. Text without any of them, which is nearly all text
    /// (<c>ä</c>, <c>„</c> and <c>–</c> are not among them), is returned after one vectorised search.
    /// </summary>
    private static readonly int[] Suspects = [.. SuspectsFromTables().Order()];
    private static readonly SearchValues<char> BmpSuspects = SearchValues.Create([.. Suspects.Where(p => p <= 0xFFFF).Select(p => (char)p)]);
    private static readonly FrozenSet<int> SupplementarySuspects = Suspects.Where(p => p > 0xFFFF).ToFrozenSet();
    /// <summary>
    /// Every character from the first suspect up, the surrogates among them. Text below it (ASCII, Latin-1) is
    /// passed over by one vectorised search for a range, and only what lies above it (typographic quotes, dashes)
    /// is looked up; the bitmap search over every character was 0.5 % of a build. A range as SearchValues rather
    /// than IndexOfAnyInRange, which boxes its bounds in the ReadyToRun build.
    /// </summary>
    private static readonly SearchValues<char> FromFirstSuspect =
        SearchValues.Create([.. Enumerable.Range(Suspects[0], 0x10000 - Suspects[0]).Select(c => (char)c)]);

    /// <summary>The text in NFC; the same string when nothing changes.</summary>
    public static string Normalize(string text)
    {
        if (!NeedsWork(text)) return text;
        var points = Decompose(text);
        Reorder(points);
        Compose(points);
        var composed = new StringBuilder(text.Length);
        foreach (var point in points) composed.Append(char.ConvertFromUtf32(point));
        var result = composed.ToString();
        return result == text ? text : result;
    }

    private static bool NeedsWork(string text)
    {
        var span = text.AsSpan();
        for (var i = span.IndexOfAny(FromFirstSuspect); i >= 0; )
        {
            var c = span[i];
            if (BmpSuspects.Contains(c)) return true;
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1])
                && SupplementarySuspects.Contains(char.ConvertToUtf32(c, span[i + 1]))) return true;
            var next = span[(i + 1)..].IndexOfAny(FromFirstSuspect);
            i = next < 0 ? -1 : i + 1 + next;
        }
        return false;
    }

    /// <summary>Quick check "No" (decomposes and is not put back), "Maybe" (composes with what precedes it), or a combining mark.</summary>
    private static IEnumerable<int> SuspectsFromTables()
    {
        var composites = Enumerable.Range(0, NfcTables.Compositions.Length / 3).Select(i => NfcTables.Compositions[3 * i + 2]).ToHashSet();
        var seconds = Enumerable.Range(0, NfcTables.Compositions.Length / 3).Select(i => NfcTables.Compositions[3 * i + 1]);
        var excluded = Decompositions.Keys.Where(point => !composites.Contains(point));
        var jamo = Enumerable.Range(VBase, VCount).Concat(Enumerable.Range(TBase + 1, TCount - 1));
        return Classes.Keys.Concat(seconds).Concat(excluded).Concat(jamo).Distinct();
    }

    private static List<int> Decompose(string text)
    {
        var points = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            int point = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? char.ConvertToUtf32(c, text[++i]) : c;
            if (point is >= SBase and < SBase + SCount)
            {
                var index = point - SBase;
                points.Add(LBase + index / NCount);
                points.Add(VBase + index % NCount / TCount);
                if (index % TCount != 0) points.Add(TBase + index % TCount);
            }
            else if (Decompositions.TryGetValue(point, out var parts)) points.AddRange(parts);
            else points.Add(point);
        }
        return points;
    }

    /// <summary>Canonical ordering: a run of combining marks sorted by class, stably.</summary>
    private static void Reorder(List<int> points)
    {
        for (var i = 1; i < points.Count; i++)
        {
            var mark = ClassOf(points[i]);
            if (mark == 0) continue;
            for (var j = i; j > 0 && ClassOf(points[j - 1]) > mark; j--) (points[j - 1], points[j]) = (points[j], points[j - 1]);
        }
    }

    /// <summary>The canonical composition algorithm: each mark joins the last starter unless a mark of its class or higher stands between.</summary>
    private static void Compose(List<int> points)
    {
        if (points.Count == 0) return;
        var starter = 0;
        var lastClass = ClassOf(points[0]) == 0 ? 0 : 256;
        var write = 1;
        for (var read = 1; read < points.Count; read++)
        {
            var point = points[read];
            var pointClass = ClassOf(point);
            var blocked = lastClass != 0 && lastClass >= pointClass;
            if (!blocked && (lastClass != 0 || write == starter + 1) && Composite(points[starter], point) is { } composite)
            {
                points[starter] = composite;
                continue;
            }
            if (pointClass == 0) starter = write;
            lastClass = pointClass;
            points[write++] = point;
        }
        points.RemoveRange(write, points.Count - write);
    }

    private static int? Composite(int first, int second)
    {
        if (first is >= LBase and < LBase + LCount && second is >= VBase and < VBase + VCount)
            return SBase + ((first - LBase) * VCount + second - VBase) * TCount;
        if (first is >= SBase and < SBase + SCount && (first - SBase) % TCount == 0 && second is > TBase and < TBase + TCount)
            return first + second - TBase;
        return Compositions.TryGetValue(((long)first << 21) | (uint)second, out var composite) ? composite : null;
    }

    private static int ClassOf(int point) => Classes.TryGetValue(point, out var value) ? value : 0;

    private static FrozenDictionary<int, int> Pairs(int[] values) =>
        Enumerable.Range(0, values.Length / 2).ToFrozenDictionary(i => values[2 * i], i => values[2 * i + 1]);

    private static FrozenDictionary<int, int[]> Runs(int[] values)
    {
        var runs = new Dictionary<int, int[]>();
        for (var i = 0; i < values.Length; i += 2 + values[i + 1]) runs[values[i]] = values[(i + 2)..(i + 2 + values[i + 1])];
        return runs.ToFrozenDictionary();
    }

    private static FrozenDictionary<long, int> Triples(int[] values) =>
        Enumerable.Range(0, values.Length / 3).ToFrozenDictionary(i => ((long)values[3 * i] << 21) | (uint)values[3 * i + 1], i => values[3 * i + 2]);
}
