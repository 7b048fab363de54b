namespace StaticNews.Enrich.Names;

/// <summary>One occurrence of a possible name and what its neighbourhood says about it.</summary>
/// <param name="Articled">After an article or determiner: <c>der</c>, <c>la</c>, <c>l'</c>.</param>
/// <param name="Article">That article, for a German adjective's noun, whose gender it tells.</param>
/// <param name="AfterIntroducer">After a preposition of place or a comma: <c>in Kiel</c>, <c>Kanada, Mexiko</c>.</param>
/// <param name="AfterTitle">After a person's title: <c>Kanzler Scholz</c>.</param>
/// <param name="AfterAdjective">After a lowercase German adjective: <c>neue Quallenart</c>, a noun.</param>
/// <param name="BeforeGenitive">Before a genitive article: <c>Ausbau der Strecke</c>, a noun.</param>
/// <param name="GermanAdjective">A German adjective and noun (<c>Deutschen Wetterdienstes</c>), whose tag is their nominative.</param>
internal readonly record struct NameMention(
    string Surface, int Words, bool InTitle, bool SentenceStart, bool Articled, string? Article, bool AfterIntroducer, bool AfterTitle,
    bool Acronym, bool Organisation, bool Person, bool GermanAdjective, bool AfterAdjective, bool BeforeGenitive);

/// <summary>
/// A possible name with every mention of it in the story, which together decide whether it is one
/// (<see cref="IsName"/>), how it ranks (<see cref="Score"/>) and how a tag shows it (<see cref="Display"/>).
/// </summary>
internal sealed class NameCandidate(string key, int firstSeen)
{
    public string Key { get; } = key;
    public int FirstSeen => firstSeen;
    public List<NameMention> Mentions { get; } = new(4);
    public string Display { get; private set; } = key;
    /// <summary>The acronym defined for this name, or the name when the acronym is shown.</summary>
    public string? Alias { get; private set; }
    private string? _preferred, _acronym;

    public void Add(NameMention mention) => Mentions.Add(mention);

    /// <param name="renamedTo">The other's mentions are written as this form: a genitive counted for the name itself.</param>
    public void Absorb(NameCandidate other, string? renamedTo = null) =>
        Mentions.AddRange(renamedTo is null ? other.Mentions : other.Mentions.Select(m => m with { Surface = renamedTo }));

    /// <summary>"Deutscher Wetterdienst (DWD)": one name, shown by the form the story uses more (the acronym when even).</summary>
    public void AbsorbAcronym(NameCandidate acronym)
    {
        if (acronym.Mentions.Count >= Mentions.Count) _preferred = acronym.Key;
        _acronym = acronym.Key;
        Absorb(acronym);
    }

    private PlaceKind Place
    {
        get
        {
            var place = Gazetteer.Place(Key);
            foreach (var mention in Mentions) if (mention.Surface != Key) place = (PlaceKind)Math.Max((int)place, (int)Gazetteer.Place(mention.Surface));
            return place;
        }
    }

    /// <summary>Whether the mentions together show a name rather than a capitalised common noun.</summary>
    public bool IsName(bool german)
    {
        if (Mentions.Any(m => m.Acronym)) return true;
        var place = Place;
        if (place >= PlaceKind.Feature) return true;
        var free = Mentions.Count(m => !m.SentenceStart);
        var articled = Mentions.Count(m => m.Articled);
        // "Essen", "Lage" and "Ende" are towns too: a German town is named after a preposition or in a list, not after an article.
        if (place == PlaceKind.City)
            return !german ? free > 0 || Mentions.Count > 1 : Mentions.Any(m => m.AfterIntroducer || m.InTitle && !m.Articled) && articled * 2 <= Mentions.Count;
        if (Mentions.Any(m => m.Person || m.AfterTitle)) return true;
        var words = Mentions[0].Words;
        if (words > 1)
        {
            if (Mentions.Any(m => m.Organisation)) return true;
            if (german) return Mentions.Any(m => m.GermanAdjective) && (free > 0 || Mentions.Count > 1);
            return free > 0 || Mentions.Count > 1;
        }
        if (german)
        {
            // "Bundesbank" in the headline or named twice; a one-off "Notenbank" is a noun.
            if (Mentions.Any(m => m.Organisation)) return Mentions.Count > 1 || Mentions.Any(m => m.InTitle);
            // Otherwise only behaviour tells: named twice inside sentences, never after an article, without a noun's ending.
            return free >= 2 && articled == 0 && !GermanNouns.HasNounEnding(Key) && !Mentions.Any(m => m.AfterAdjective || m.BeforeGenitive);
        }
        // "el Gobierno", "le Parlement", "les États": a Romance or English institution noun comes with its article.
        // A single capitalised word named once could be anything ("les vingt-sept États membres"): a name recurs or heads the story.
        return free > 0 && articled * 2 < Mentions.Count && (Mentions.Count > 1 || Mentions.Any(m => m.InTitle || m.AfterIntroducer));
    }

    /// <summary>How the name ranks among the story's: its mentions, whether a list knows it, whether the headline has it.</summary>
    public double Score
    {
        get
        {
            var known = Place != PlaceKind.None || Mentions.Any(m => m.Organisation || m.Person || m.AfterTitle || m.Acronym);
            return Mentions.Count + (known ? 1 : 0) + (Mentions.Any(m => m.InTitle) ? 2 : 0);
        }
    }

    /// <summary>Fixes the form a tag shows and the other form it has: done for the few names a story keeps.</summary>
    public NameCandidate Resolve(bool german)
    {
        var named = _acronym is null ? Mentions : Mentions.Where(m => m.Surface != _acronym).ToList();
        Display = _preferred ?? DisplayForm(german, named);
        Alias = _acronym is null ? null : Display == _acronym ? DisplayForm(german, named) : _acronym;
        return this;
    }

    private static string DisplayForm(bool german, List<NameMention> mentions)
    {
        if (german && mentions.Any(m => m.GermanAdjective))
        {
            var parts = mentions.Where(m => m.GermanAdjective)
                .Select(m => (Adjective: m.Surface[..m.Surface.IndexOf(' ')], Noun: m.Surface[(m.Surface.IndexOf(' ') + 1)..], m.Article)).ToList();
            return GermanNames.Nominative(parts);
        }
        // Most names are written one way.
        var first = mentions[0].Surface;
        if (mentions.TrueForAll(m => ReferenceEquals(m.Surface, first) || m.Surface == first)) return first;
        // A person by their full name, a form the gazetteer knows, else the most frequent (the first seen of equals).
        return mentions.Where(m => m.Person).Select(m => m.Surface).FirstOrDefault()
            ?? mentions.Select(m => m.Surface).FirstOrDefault(s => Gazetteer.Place(s) != PlaceKind.None)
            ?? mentions.GroupBy(m => m.Surface, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
    }
}
