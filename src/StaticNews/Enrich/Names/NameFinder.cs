using System.Buffers;

namespace StaticNews.Enrich.Names;

/// <summary>
/// Reads a story's paragraphs for runs of capitalised words, notes how each is used (<see cref="NameCandidate"/>),
/// and at the end gives the ones that are names, merged across their forms (<c>Nordkoreas</c> counts for
/// <c>Nordkorea</c>, <c>DWD</c> for <c>Deutscher Wetterdienst (DWD)</c>, <c>Scholz</c> for <c>Olaf Scholz</c>).
/// </summary>
internal sealed class NameFinder
{
    public NameFinder(string language)
    {
        _german = language == "de";
        _romance = language is "es" or "fr";
        _byText = _candidates.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private readonly bool _german, _romance;

    public bool German => _german;
    private readonly Dictionary<string, NameCandidate> _candidates = new(64, StringComparer.Ordinal);
    private readonly Dictionary<string, NameCandidate>.AlternateLookup<ReadOnlySpan<char>> _byText;
    private readonly List<(string Name, string Acronym)> _definitions = [];
    private char[] _buffer = new char[64];

    public void Read(List<NameToken> tokens, bool inTitle)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalised || tokens[i].IsElision) continue;
            var end = RunEnd(tokens, i);
            var start = i;
            i = end - 1;
            // "Die Deutsche Bahn": a leading function word is not part of the name.
            while (start < end && Stopwords.IsStopword(tokens[start].Span) && !tokens[start].IsAcronym) start++;
            // "Además la Comisión Europea": a word, then an article, then the name; the name starts after the article.
            if (start + 2 < end && NameWords.IsDeterminer(tokens[start + 1].Span)) start += 2;
            // "Prime Minister Kyriakos Mitsotakis", "Gewerkschaft Verdi": the name follows its title or its kind.
            var afterTitle = start > 0 && NameWords.IntroducesName(tokens[start - 1].Span);
            for (var word = end - 2; word >= start; word--)
                if (NameWords.IntroducesName(tokens[word].Span)) { (start, afterTitle) = (word + 1, true); break; }
            if (start >= end) continue;
            foreach (var (from, to) in Names(tokens, start, end))
            {
                Note(tokens, from, to, inTitle, afterTitle && from == start);
                if (to - from > 1) NotePlacesInside(tokens, from, to, inTitle);
            }
        }
    }

    /// <summary>Where the run of capitalised words from <paramref name="start"/> ends, with the lowercase words that join a name's parts.</summary>
    private int RunEnd(List<NameToken> tokens, int start)
    {
        var headed = NameWords.IsOrganisationHead(tokens[start].Span);
        var end = start + 1;
        while (end < tokens.Count && !tokens[end].SentenceStart)
        {
            var next = tokens[end];
            // "Acción Climática, David Mascort": a comma ends a name.
            if (next.AfterComma) break;
            if (next.IsCapitalised && !next.IsElision) { end++; headed |= NameWords.IsOrganisationHead(next.Span); continue; }
            if (_german) break;
            // "Parlement européen", "Banque centrale européenne": in French and Spanish an adjective follows the head in lowercase.
            if (_romance && headed && NameWords.IsRomanceAdjective(next.Span)) { end++; continue; }
            // "Junta de Andalucía", "Ministerio para la Transición Ecológica", "Conseil de l'Union": up to two joining words.
            var joined = end;
            while (joined < tokens.Count && joined - end < (headed ? 2 : 1) && NameWords.IsConnector(tokens[joined].Span)) joined++;
            if (joined == end || joined >= tokens.Count || !tokens[joined].IsCapitalised || tokens[joined].SentenceStart
                || NameWords.IsCalendarWord(tokens[joined].Span)) break;
            end = joined + 1;
        }
        return end;
    }

    /// <summary>The names a run holds: itself, or for German, where nouns string together ("Kanada Bedenken"), each word that stands as a name.</summary>
    private IEnumerable<(int From, int To)> Names(List<NameToken> tokens, int start, int end)
    {
        if (end - start == 1) { if (IsNameWord(tokens[start])) yield return (start, end); yield break; }
        if (!_german || IsGermanName(tokens, start, end)) { yield return (start, end); yield break; }
        for (var single = start; single < end; single++)
            if (IsNameWord(tokens[single])) yield return (single, single + 1);
    }

    /// <summary>Two or three German capitalised words that make one name: an adjective of place or an institution's noun
    /// (<c>Deutsche Bahn</c>, <c>Kieler Bucht</c>), an institution and its place (<c>Flughafen Hamburg</c>), a person (<c>Olaf Scholz</c>).</summary>
    private static bool IsGermanName(List<NameToken> tokens, int start, int end)
    {
        if (end - start > 3) return false;
        var first = tokens[start].Span;
        var last = tokens[end - 1].Span;
        if (end - start == 2 && GermanNames.IsAdjective(first) && (GermanNames.IsPlaceAdjective(first) || NameWords.HeadsGermanOrganisation(GermanNames.NounStem(last.ToString()))
            || Gazetteer.Place($"{GermanNames.Stem(first)}es {last}") == PlaceKind.Feature || Gazetteer.Place($"{GermanNames.Stem(first)}e {last}") == PlaceKind.Feature))
            return true;
        if (end - start == 2 && NameWords.HeadsGermanOrganisation(first) && Gazetteer.Place(last) != PlaceKind.None) return true;
        return Gazetteer.IsFirstName(first) && !IsGermanPlace(first) && !tokens[start + 1].IsAcronym
            && !IsGermanPlace(last) && !NameWords.HeadsGermanOrganisation(last);
    }

    private static bool IsNameWord(NameToken token) =>
        token.IsAcronym || (token.Length >= 2 && token.Span.ContainsAnyExcept(Digits) && !NameWords.IsCalendarWord(token.Span) && !Stopwords.IsStopword(token.Span));

    /// <summary>"Flughafen Hamburg", "Junta de Andalucía", "Conseil de l'Union européenne": a story about an institution of
    /// a place is about the place too.</summary>
    private void NotePlacesInside(List<NameToken> tokens, int from, int to, bool inTitle)
    {
        for (var inner = from + 1; inner < to; inner++)
        {
            if (!tokens[inner].IsCapitalised || tokens[inner].IsElision) continue;
            var whole = Gazetteer.Place(Surface(tokens, inner, to)) != PlaceKind.None;
            if (whole || Gazetteer.Place(tokens[inner].Span) != PlaceKind.None)
            {
                Note(tokens, inner, whole ? to : inner + 1, inTitle, afterTitle: false, insideName: true);
                return;
            }
        }
    }

    private void Note(List<NameToken> tokens, int from, int to, bool inTitle, bool afterTitle, bool insideName = false)
    {
        var first = tokens[from];
        var words = to - from;
        var before = from > 0 && !first.SentenceStart && !insideName ? tokens[from - 1] : (NameToken?)null;
        var articled = before is { } determiner && NameWords.IsDeterminer(determiner.Span);
        // "neue Quallenart", and in a run of nouns "Deutschen Wetterdienstes" split apart: a noun after its adjective.
        var afterAdjective = _german && !articled && before is { } word && (word.IsCapitalised ? GermanNames.IsAdjective(word.Span) : IsInflectedAdjective(word.Span));
        var beforeGenitive = to < tokens.Count && tokens[to].Span is "der" or "des";
        // Most capitalised German words are nouns, and most say so at once: no mention of them is kept.
        if (_german && words == 1 && !first.IsAcronym && !afterTitle && !insideName && IsPlainGermanNoun(first, articled || afterAdjective || beforeGenitive))
            return;

        var germanAdjective = IsGermanAdjectiveName(tokens, from, to);
        var (candidate, surface) = Candidate(tokens, from, to, germanAdjective);
        candidate.Add(new NameMention(
            surface, words, inTitle, first.SentenceStart, articled,
            // Only the gender of a German adjective's noun needs to know which article it was.
            germanAdjective && articled ? before!.Value.Span.ToString() : null,
            AfterIntroducer: insideName || before is { } b && NameWords.IsPlaceIntroducer(b.Span) || first.AfterComma || BeforeAnotherPlace(tokens, to),
            afterTitle, first.IsAcronym && words == 1,
            // A head alone ("die Bahn", "the Commission") is a common noun; "Bundesbank" holds its own name.
            Organisation: words > 1 ? HasOrganisationHead(tokens, from, to) : _german && NameWords.IsGermanInstitution(first.Span),
            Person: words > 1 && Gazetteer.IsFirstName(first.Span) && Gazetteer.Place(first.Span) == PlaceKind.None,
            germanAdjective, afterAdjective, beforeGenitive));
        // "Deutscher Wetterdienst (DWD)": the acronym in brackets right after a name is that name's.
        if (to < tokens.Count && tokens[to] is { IsAcronym: true } acronym && !first.IsAcronym && InBrackets(tokens[to - 1], acronym))
            _definitions.Add((candidate.Key, acronym.Span.ToString()));
    }

    /// <summary>"Frankfurt und München": a name joined to a place by "und" stands where a place would.</summary>
    private static bool BeforeAnotherPlace(List<NameToken> tokens, int to) =>
        to + 1 < tokens.Count && tokens[to].Span is "und" or "and" or "y" or "et" or "sowie" or "oder" && Gazetteer.Place(tokens[to + 1].Span) != PlaceKind.None;

    /// <summary>"neue", "autofreie", "halbjährlichen": a lowercase word with an adjective's ending, which names do not follow.</summary>
    private static bool IsInflectedAdjective(ReadOnlySpan<char> word) =>
        word.Length > 3 && !Stopwords.IsStopword(word) && !NameWords.IsPlaceIntroducer(word) && !NameWords.IsDeterminer(word)
        && (word[^1] == 'e' || word[^2..] is "en" or "er" or "es" or "em");

    /// <summary>Whether only an opening bracket (and spaces) stands between a name and the word after it.</summary>
    private static bool InBrackets(NameToken name, NameToken next) =>
        ReferenceEquals(name.Text, next.Text) && next.Start >= name.End && name.Text.AsSpan(name.End, next.Start - name.End).Trim(' ') is "(";

    /// <summary>A German word no list knows as a name that its neighbours or its ending show to be a noun.</summary>
    private static bool IsPlainGermanNoun(NameToken word, bool nounContext) =>
        (nounContext || GermanNouns.HasNounEnding(word.Span)) && !NameWords.IsGermanInstitution(word.Span) && !IsGermanPlace(word.Span);

    /// <summary>A place, or its German genitive (<c>Nordrhein-Westfalens</c>), which counts for it.</summary>
    private static bool IsGermanPlace(ReadOnlySpan<char> word) =>
        Gazetteer.Place(word) != PlaceKind.None || (word.Length > 3 && word[^1] == 's' && Gazetteer.Place(word[..^1]) != PlaceKind.None);

    private bool HasOrganisationHead(List<NameToken> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (_german ? NameWords.HeadsGermanOrganisation(tokens[t].Span) : NameWords.IsOrganisationHead(tokens[t].Span)) return true;
        return false;
    }

    /// <summary>The candidate a name's mention belongs to, and the mention as written: a name seen before is found by
    /// its span, so the name's own string serves each later mention.</summary>
    private (NameCandidate Candidate, string Surface) Candidate(List<NameToken> tokens, int from, int to, bool germanAdjective)
    {
        var written = Surface(tokens, from, to);
        if (!germanAdjective)
        {
            if (_byText.TryGetValue(written, out var known)) return (known, known.Key);
            var name = written.ToString();
            return (_candidates[name] = new NameCandidate(name, _candidates.Count), name);
        }
        // "der Europäischen Union", "die Europäische Union": one key for the forms of an adjective and a noun.
        var surface = written.ToString();
        var key = $"{GermanNames.Stem(tokens[from].Span)} {GermanNames.NounStem(tokens[from + 1].Span.ToString())}";
        if (!_candidates.TryGetValue(key, out var candidate))
            _candidates[key] = candidate = new NameCandidate(key, _candidates.Count);
        return (candidate, surface);
    }

    /// <summary>The name as written, words joined by one space (none after an elided <c>l'</c>), in a buffer the next call reuses.</summary>
    private ReadOnlySpan<char> Surface(List<NameToken> tokens, int from, int to)
    {
        if (to - from == 1 && !tokens[from].Span.Contains('’')) return tokens[from].Span;
        var length = 0;
        for (var t = from; t < to; t++)
        {
            var word = tokens[t].Span;
            if (_buffer.Length < length + word.Length + 1) Array.Resize(ref _buffer, 2 * (length + word.Length + 1));
            if (t > from && !tokens[t - 1].IsElision) _buffer[length++] = ' ';
            word.CopyTo(_buffer.AsSpan(length));
            _buffer.AsSpan(length, word.Length).Replace('’', '\'');
            length += word.Length;
        }
        return _buffer.AsSpan(0, length);
    }

    /// <summary>An adjective and a noun, declined into their nominative for the tag; not a person whose first name looks
    /// like an inflected adjective (<c>Renate</c>, <c>Westen</c>).</summary>
    private bool IsGermanAdjectiveName(List<NameToken> tokens, int from, int to) =>
        _german && to - from == 2 && GermanNames.IsAdjective(tokens[from].Span) && !NameWords.HeadsGermanOrganisation(tokens[from].Span)
        && !Gazetteer.IsFirstName(tokens[from].Span);

    /// <summary>The names among the candidates, their forms merged.</summary>
    public IEnumerable<NameCandidate> Names()
    {
        if (_german) MergeGenitives();
        foreach (var (name, acronym) in _definitions)
            if (_candidates.TryGetValue(acronym, out var shortForm) && _candidates.TryGetValue(name, out var longForm) && shortForm != longForm)
            {
                longForm.AbsorbAcronym(shortForm);
                _candidates.Remove(acronym);
            }
        MergeSurnames();
        return _candidates.Values.Where(c => c.IsName(_german));
    }

    /// <summary>German genitives (<c>Nordkoreas</c>, <c>Kremls</c>) count for the name itself.</summary>
    private void MergeGenitives()
    {
        foreach (var candidate in _candidates.Values.ToList())
        {
            var text = candidate.Key;
            if (text.Length <= 3 || text[^1] != 's' || text.Contains(' ')) continue;
            var stem = text[..^1];
            if (!_candidates.TryGetValue(stem, out var target))
            {
                if (Gazetteer.Place(stem) == PlaceKind.None || Gazetteer.Place(text) != PlaceKind.None) continue;
                _candidates[stem] = target = new NameCandidate(stem, candidate.FirstSeen);
            }
            target.Absorb(candidate, renamedTo: stem);
            _candidates.Remove(text);
        }
    }

    /// <summary>"Olaf Scholz … Scholz sagte": a surname alone is the person named in full before.</summary>
    private void MergeSurnames()
    {
        foreach (var person in _candidates.Values.Where(c => c.Mentions.Any(m => m.Person)).ToList())
        {
            var surname = person.Key[(person.Key.LastIndexOf(' ') + 1)..];
            if (_candidates.TryGetValue(surname, out var alone) && alone != person)
            {
                person.Absorb(alone);
                _candidates.Remove(surname);
            }
        }
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");
}
