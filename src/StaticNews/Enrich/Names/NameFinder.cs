using System.Buffers;

namespace StaticNews.Enrich.Names;

/// <summary>
/// Reads a story's paragraphs for runs of capitalised words, notes how each is used (<see cref="NameCandidate"/>),
/// and at the end gives the ones that are names, merged across their forms (<c>Nordkoreas</c> counts for
/// <c>Nordkorea</c>, <c>DWD</c> for <c>Deutscher Wetterdienst (DWD)</c>, <c>Scholz</c> for <c>Olaf Scholz</c>).
/// </summary>
internal sealed class NameFinder(string language)
{
    private readonly bool _german = language == "de";
    private readonly bool _romance = language is "es" or "fr";
    private readonly Dictionary<string, NameCandidate> _candidates = new(StringComparer.Ordinal);
    private readonly List<(string Name, string Acronym)> _definitions = [];
    private readonly System.Text.StringBuilder _text = new();

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
                || Calendar.Contains(tokens[joined].Span)) break;
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
        return Gazetteer.IsFirstName(first) && Gazetteer.Place(first) == PlaceKind.None && !tokens[start + 1].IsAcronym
            && Gazetteer.Place(last) == PlaceKind.None && !NameWords.HeadsGermanOrganisation(last);
    }

    private static bool IsNameWord(NameToken token) =>
        token.IsAcronym || (token.Length >= 2 && token.Span.ContainsAnyExcept(Digits) && !Calendar.Contains(token.Span) && !Stopwords.IsStopword(token.Span));

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
        var surface = Surface(tokens, from, to);
        var key = Key(tokens, from, to, surface);
        if (!_candidates.TryGetValue(key, out var candidate))
            _candidates[key] = candidate = new NameCandidate(key, _candidates.Count);
        var first = tokens[from];
        var before = from > 0 && !first.SentenceStart && !insideName ? tokens[from - 1] : (NameToken?)null;
        var article = before is { } determiner && NameWords.IsDeterminer(determiner.Span) ? determiner.Span.ToString() : null;
        candidate.Add(new NameMention(
            surface, to - from, inTitle, first.SentenceStart, article,
            AfterIntroducer: insideName || before is { } b && NameWords.IsPlaceIntroducer(b.Span) || first.AfterComma || BeforeAnotherPlace(tokens, to),
            afterTitle, first.IsAcronym && to - from == 1,
            // A head alone ("die Bahn", "the Commission") is a common noun; "Bundesbank" holds its own name.
            Organisation: to - from > 1 ? Enumerable.Range(from, to - from).Any(t => _german ? NameWords.HeadsGermanOrganisation(tokens[t].Span) : NameWords.IsOrganisationHead(tokens[t].Span))
                : _german && NameWords.IsGermanInstitution(first.Span),
            Person: to - from > 1 && Gazetteer.IsFirstName(first.Span) && Gazetteer.Place(first.Span) == PlaceKind.None,
            GermanAdjective: _german && to - from == 2 && GermanNames.IsAdjective(first.Span) && !NameWords.HeadsGermanOrganisation(first.Span),
            // "neue Quallenart", and in a run of nouns "Deutschen Wetterdienstes" split apart: a noun after its adjective.
            AfterAdjective: _german && before is { } word && (word.IsCapitalised ? GermanNames.IsAdjective(word.Span) : IsInflectedAdjective(word.Span)),
            BeforeGenitive: to < tokens.Count && tokens[to].Span is "der" or "des"));
        // "Deutscher Wetterdienst (DWD)": the acronym in brackets right after a name is that name's.
        var close = to < tokens.Count ? tokens[to] : (NameToken?)null;
        if (close is { IsAcronym: true } acronym && !first.IsAcronym && Between(tokens[to - 1], acronym) is "(")
            _definitions.Add((key, acronym.Span.ToString()));
    }

    /// <summary>"Frankfurt und München": a name joined to a place by "und" stands where a place would.</summary>
    private static bool BeforeAnotherPlace(List<NameToken> tokens, int to) =>
        to + 1 < tokens.Count && tokens[to].Span is "und" or "and" or "y" or "et" or "sowie" or "oder" && Gazetteer.Place(tokens[to + 1].Span) != PlaceKind.None;

    /// <summary>"neue", "autofreie", "halbjährlichen": a lowercase word with an adjective's ending, which names do not follow.</summary>
    private static bool IsInflectedAdjective(ReadOnlySpan<char> word) =>
        word.Length > 3 && !Stopwords.IsStopword(word) && !NameWords.IsPlaceIntroducer(word) && !NameWords.IsDeterminer(word)
        && (word[^1] == 'e' || word[^2..] is "en" or "er" or "es" or "em");

    private static ReadOnlySpan<char> Between(NameToken left, NameToken right) =>
        left.Text == right.Text && right.Start >= left.End ? left.Text.AsSpan(left.End, right.Start - left.End).Trim(' ') is var gap && gap.Length == 0 ? " " : gap : "";

    /// <summary>The name as written, words joined by one space (none after an elided <c>l'</c>).</summary>
    private string Surface(List<NameToken> tokens, int from, int to)
    {
        if (to - from == 1) return tokens[from].Span.ToString();
        _text.Clear();
        for (var t = from; t < to; t++)
        {
            if (t > from && !tokens[t - 1].IsElision) _text.Append(' ');
            _text.Append(tokens[t].Span);
        }
        return _text.ToString().Replace('’', '\'');
    }

    /// <summary>What the forms of one name share: a German adjective and noun without their endings, else the words as written.</summary>
    private string Key(List<NameToken> tokens, int from, int to, string surface) =>
        _german && to - from == 2 && GermanNames.IsAdjective(tokens[from].Span) && !NameWords.HeadsGermanOrganisation(tokens[from].Span)
            ? $"{GermanNames.Stem(tokens[from].Span)} {GermanNames.NounStem(tokens[from + 1].Span.ToString())}"
            : surface;

    /// <summary>The names among the candidates, their forms merged, each with the form a tag shows.</summary>
    public IEnumerable<NameCandidate> Names()
    {
        if (_german) MergeGenitives();
        foreach (var (name, acronym) in _definitions)
            if (_candidates.TryGetValue(acronym, out var shortForm) && _candidates.TryGetValue(name, out var longForm) && shortForm != longForm)
            {
                longForm.Absorb(shortForm, preferOther: shortForm.Mentions.Count >= longForm.Mentions.Count);
                _candidates.Remove(acronym);
            }
        MergeSurnames();
        return _candidates.Values.Where(c => c.IsName(_german)).Select(c => c.Resolve(_german));
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
            target.Absorb(candidate, preferOther: false, renamedTo: stem);
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
                person.Absorb(alone, preferOther: false);
                _candidates.Remove(surname);
            }
        }
    }

    private static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Calendar = new HashSet<string>(
    [
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Monday", "Tuesday", "Wednesday",
        "Thursday", "Friday", "Saturday", "Sunday", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "Januar", "Februar", "März", "Juni", "Juli",
        "Oktober", "Dezember", "January", "February", "March", "April", "June", "July", "August", "September", "October",
        "November", "December", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre",
    ], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
