namespace StaticNews.Enrich;

/// <summary>
/// A fixed table of lowercase words, looked up by a word of running text in any case without lowercasing it
/// into a buffer first. Every word of a dump's lead is looked up here (language, names); a frozen dictionary
/// behind <c>ToLowerInvariant</c> made that the dearest step of building a dump (issue #7).
/// </summary>
public sealed class CaseFoldedTable<TValue> where TValue : class
{
    private readonly string?[] _keys;
    private readonly TValue?[] _values;
    private readonly int _mask;
    private readonly int _longest;

    /// <param name="entries">Keys in lowercase, as <see cref="char.ToLowerInvariant"/> makes them.</param>
    public CaseFoldedTable(IReadOnlyDictionary<string, TValue> entries)
    {
        var size = 16;
        while (size < entries.Count * 4) size *= 2; // a quarter full: a miss ends at the first empty slot
        _keys = new string?[size];
        _values = new TValue?[size];
        _mask = size - 1;
        foreach (var (key, value) in entries)
        {
            var slot = Hash(key) & _mask;
            while (_keys[slot] is not null) slot = (slot + 1) & _mask;
            _keys[slot] = key;
            _values[slot] = value;
            _longest = Math.Max(_longest, key.Length);
        }
    }

    public TValue? Find(ReadOnlySpan<char> word)
    {
        if (word.Length > _longest) return null;
        for (var slot = Hash(word) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
            if (EqualsFolded(key, word)) return _values[slot];
        return null;
    }

    private static bool EqualsFolded(string key, ReadOnlySpan<char> word)
    {
        if (key.Length != word.Length) return false;
        for (var i = 0; i < key.Length; i++)
            if (key[i] != Lower(word[i])) return false;
        return true;
    }

    /// <summary>FNV-1a over the lowercase letters.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word) hash = (hash ^ Lower(c)) * 16777619u;
        return (int)(hash ^ (hash >> 15));
    }

    private static char Lower(char c) => LatinCase.Lower(c);
}

/// <summary>
/// Lowercase of every Latin letter (Ä, É, Ñ, Ł, …) from a table: <see cref="char.ToLowerInvariant"/> asks ICU for
/// each one, which made German and French words (Österreich, États) the dearest lookups of a dump's build. Not
/// inside the generic table: a static field of a generic class costs a lookup of its own on every read.
/// </summary>
internal static class LatinCase
{
    private static readonly char[] Table = Enumerable.Range(0, 0x250).Select(c => char.ToLowerInvariant((char)c)).ToArray();

    public static char Lower(char c) => c < 128 ? (char)(c is >= 'A' and <= 'Z' ? c | 0x20 : c) : c < Table.Length ? Table[c] : char.ToLowerInvariant(c);
}
