using StaticNews.Parse;

namespace StaticNews.Enrich;

/// <summary>
/// Suggests tags from a story's text: the proper names it mentions (places, organisations, people), ranked by
/// how often they recur and whether the headline names them. Capitalisation is the evidence, so words that are
/// capitalised only by position (a sentence's first word) or by German grammar (nouns after an article or
/// adjective) do not count.
/// </summary>
public static class SuggestTags
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Connectors = Lookup(StringComparer.Ordinal,
        ["de", "del", "la", "las", "los", "of", "von", "van", "du", "des", "da", "di", "dos", "d"]);

    // After these a capitalised German word is most likely a place or a name: "in Brüssel", "aus Kanada", "und Mexiko".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GermanNameIntroducers = Lookup(StringComparer.Ordinal,
        ["in", "nach", "aus", "zwischen", "bei", "und", "sowie", "oder", "laut", "nahe"]);

    // Endings of German common nouns; names rarely have them (Hamburg, Kiel, Dänemark, Schleswig-Holstein).
    private static readonly string[] GermanNounEndings =
    [
        "ung", "ungen", "heit", "heiten", "keit", "keiten", "schaft", "schaften", "tion", "tionen", "tät", "täten",
        "ismus", "nis", "nisse", "ling", "linge", "chen", "tum", "tümer", "ment", "mente", "güter", "gut", "zeit",
        "zeiten", "ten", "ern", "eln", "werk", "plan", "pläne",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NounEndings = Lookup(StringComparer.Ordinal, GermanNounEndings);
    private static readonly int ShortestNounEnding = GermanNounEndings.Min(e => e.Length);
    private static readonly int LongestNounEnding = GermanNounEndings.Max(e => e.Length);

    /// <summary>Whether the word ends in one of <see cref="GermanNounEndings"/>: its few possible endings looked up, not every ending tried.</summary>
    private static bool HasGermanNounEnding(ReadOnlySpan<char> word)
    {
        for (var length = ShortestNounEnding; length <= Math.Min(LongestNounEnding, word.Length); length++)
            if (NounEndings.Contains(word[^length..])) return true;
        return false;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = Lookup(StringComparer.OrdinalIgnoreCase,
    [
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
    ]);

    /// <summary>A word set that takes spans, so testing a word of running text cuts no string out of it.</summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(StringComparer comparer, string[] words) =>
        new HashSet<string>(words, comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Names are looked for in the headline and the lead: news names who and where first (the inverted
    /// pyramid). On the 12 samples eight paragraphs find as many of the key's places and organisations as the
    /// whole text (42 of 58; six find 41, five 32), and the name finder was the costliest step of a dump's build.
    /// </summary>
    public const int LeadParagraphs = 8;

    public static IReadOnlyList<string> Run(string title, IEnumerable<string> paragraphs, string language, int count)
    {
        paragraphs = paragraphs.Take(LeadParagraphs);
        var german = LanguageTag.Primary(language) == "de";
        var candidates = new Dictionary<string, Candidate>(StringComparer.Ordinal);
        var byText = candidates.GetAlternateLookup<ReadOnlySpan<char>>();
        var position = 0;
        var text = new System.Text.StringBuilder();
        var tokens = new List<NameToken>(256);
        foreach (var (paragraph, inTitle) in paragraphs.Select(p => (p, false)).Prepend((title, true)))
        {
            NameTokens.Of(paragraph, tokens);
            foreach (var name in Names(tokens, german))
            {
                // A name is looked up as it stands in the text; only a new one becomes a string.
                var span = name.End - name.Start == 1 ? tokens[name.Start].Span : Joined(tokens, name.Start, name.End, text);
                if (!byText.TryGetValue(span, out var candidate))
                {
                    candidate = new Candidate(span.ToString(), position++);
                    candidates[candidate.Text] = candidate;
                }
                candidate.Add(name.Evidence, inTitle);
            }
        }

        MergeGenitives(candidates);
        return candidates.Values
            .Where(c => c.Evidence > 0)
            .OrderByDescending(c => c.Score).ThenBy(c => c.FirstSeen)
            .Take(count).Select(c => c.Text).ToList();
    }

    private static ReadOnlySpan<char> Joined(List<NameToken> tokens, int start, int end, System.Text.StringBuilder text)
    {
        text.Clear();
        for (var i = start; i < end; i++) (i > start ? text.Append(' ') : text).Append(tokens[i].Span);
        return text.ToString();
    }

    /// <summary>Runs of capitalised words (tokens <c>Start</c> to <c>End</c>), with whether this occurrence is real evidence of a name.</summary>
    private static IEnumerable<(int Start, int End, bool Evidence)> Names(List<NameToken> tokens, bool german)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised) continue;
            var runStart = i;
            var start = i;
            var end = i + 1;
            while (end < tokens.Count && !tokens[end].SentenceStart &&
                   (tokens[end].IsCapitalised || (!german && Connectors.Contains(tokens[end].Span) && end + 1 < tokens.Count && tokens[end + 1].IsCapitalised)))
                end++;
            i = end - 1;
            // "Die Deutsche Bahn": a leading function word is not part of the name.
            while (start < end && Stopwords.IsStopword(tokens[start].Span)) start++;
            // "Además la Comisión Europea": a word, then an article, then the name; the name starts after the article.
            if (start + 2 < end && Articles.Contains(tokens[start + 1].Span)) start += 2;
            if (start == end) continue;
            if (german && end - start > 1 && !IsGermanNameAdjective(tokens[start].Span))
            {
                // German strings nouns together ("Kanada Bedenken"): each word has to stand as a name on its own.
                for (var single = start; single < end; single++)
                    if (IsNameWord(tokens[single]))
                        yield return (single, single + 1, IsEvidence(tokens, single, single + 1, german, strippedArticle: single > runStart));
                continue;
            }
            if (end - start == 1 && !IsNameWord(tokens[start])) continue;
            yield return (start, end, IsEvidence(tokens, start, end, german, strippedArticle: start > runStart));
        }
    }

    private static bool IsNameWord(NameToken token) =>
        token.Length >= 2 && token.Span.ContainsAnyExcept(Digits) && !Calendar.Contains(token.Span) && !Stopwords.IsStopword(token.Span);

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>"Deutsche Bahn", "Kieler Bucht", "Europäische Zentralbank": an inflected adjective opening a name.</summary>
    private static bool IsGermanNameAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("sche", StringComparison.Ordinal) || word.EndsWith("schen", StringComparison.Ordinal)
        || word is [.., 'e', 'r'] && word.Length > 4 && !word.EndsWith("ier", StringComparison.Ordinal)
        || word.EndsWith("che", StringComparison.Ordinal);

    private static bool IsEvidence(List<NameToken> tokens, int start, int end, bool german, bool strippedArticle)
    {
        var first = tokens[start];
        if (first.IsAcronym) return true;
        // "Ähnliche Arten" opening a sentence is an adjective and a noun; "Deutsche Bahn" inside one is a name.
        if (end - start > 1) return !german || !first.SentenceStart || strippedArticle;
        if (first.SentenceStart && !strippedArticle) return StartsAList(tokens, start);
        if (!german) return true;
        // German capitalises every noun: the ending and the word before tell a name ("in Kiel") from a noun ("die Quallenart").
        if (HasGermanNounEnding(first.Span)) return false;
        if (first.AfterComma) return true;
        return start > 0 && !tokens[start - 1].IsCapitalised && GermanNameIntroducers.Contains(tokens[start - 1].Span);
    }

    /// <summary>"Kenya and Tanzania sign…": a first word joined to a name by "and" is a name too.</summary>
    private static bool StartsAList(List<NameToken> tokens, int start) =>
        start + 2 < tokens.Count && ListConjunctions.Contains(tokens[start + 1].Span) && tokens[start + 2].IsCapitalised
        && !Stopwords.IsStopword(tokens[start + 2].Span);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Articles = Lookup(StringComparer.Ordinal, ["la", "las", "los", "le", "les", "the", "el"]);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ListConjunctions = Lookup(StringComparer.Ordinal, ["and", "und", "y", "et", "or", "oder", "o", "ou", "e"]);

    /// <summary>German genitives (<c>Nordkoreas</c>) count for the name itself (<c>Nordkorea</c>).</summary>
    private static void MergeGenitives(Dictionary<string, Candidate> candidates)
    {
        foreach (var candidate in candidates.Values.ToList())
            if (candidate.Text.Length > 3 && candidate.Text[^1] == 's' && candidates.TryGetValue(candidate.Text[..^1], out var stem))
            {
                stem.Absorb(candidate);
                candidates.Remove(candidate.Text);
            }
    }

    private sealed class Candidate(string text, int firstSeen)
    {
        public string Text => text;
        public int FirstSeen => firstSeen;
        public int Evidence { get; private set; }
        private int _mentions;
        private bool _inTitle;

        public double Score => Evidence + 0.25 * _mentions + (_inTitle ? 2 : 0) + (text.Contains(' ') ? 0.5 : 0) + (HasNoLowercase(text) ? 0.5 : 0);

        private static bool HasNoLowercase(string text)
        {
            foreach (var c in text) if (char.IsLower(c)) return false;
            return true;
        }

        public void Add(bool evidence, bool inTitle)
        {
            _mentions++;
            if (evidence) Evidence++;
            _inTitle |= inTitle;
        }

        public void Absorb(Candidate other)
        {
            _mentions += other._mentions;
            Evidence += other.Evidence;
            _inTitle |= other._inTitle;
        }
    }
}
