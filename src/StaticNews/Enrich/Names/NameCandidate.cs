namespace StaticNews.Enrich.Names;

/// <summary>One occurrence of a possible name and what its neighbourhood says about it.</summary>
/// <param name="Article">The article or determiner right before it (<c>der</c>, <c>la</c>, <c>l'</c>), if any.</param>
/// <param name="AfterIntroducer">After a preposition of place or a comma: <c>in Kiel</c>, <c>Kanada, Mexiko</c>.</param>
/// <param name="AfterTitle">After a person's title: <c>Kanzler Scholz</c>.</param>
/// <param name="AfterAdjective">After a lowercase German adjective: <c>neue Quallenart</c>, a noun.</param>
/// <param name="BeforeGenitive">Before a genitive article: <c>Ausbau der Strecke</c>, a noun.</param>
/// <param name="GermanAdjective">A German adjective and noun (<c>Deutschen Wetterdienstes</c>), whose tag is their nominative.</param>
internal sealed record NameMention(
    string Surface, int Words, bool InTitle, bool SentenceStart, string? Article, bool AfterIntroducer, bool AfterTitle,
    bool Acronym, bool Organisation, bool Person, bool GermanAdjective, bool AfterAdjective, bool BeforeGenitive);

/// <summary>
/// A possible name with every mention of it in the story, which together decide whether it is one
/// (<see cref="IsName"/>), how it ranks (<see cref="Score"/>) and how a tag shows it (<see cref="Display"/>).
/// </summary>
internal sealed class NameCandidate(string key, int firstSeen)
{
    public string Key { get; private set; } = key;
    public int FirstSeen => firstSeen;
    public List<NameMention> Mentions { get; } = [];
    public string Display { get; private set; } = key;
    public double Score { get; private set; }
    private string? _preferred;

    public void Add(NameMention mention) => Mentions.Add(mention);

    /// <param name="preferOther">Show the other's form: an acronym used as often as the name it stands for.</param>
    /// <param name="renamedTo">The other's mentions are written as this form: a genitive counted for the name itself.</param>
    public void Absorb(NameCandidate other, bool preferOther, string? renamedTo = null)
    {
        Mentions.AddRange(renamedTo is null ? other.Mentions : other.Mentions.Select(m => m with { Surface = renamedTo }));
        if (preferOther) _preferred = other.Key;
    }

    private PlaceKind Place => Mentions.Select(m => Gazetteer.Place(m.Surface)).Append(Gazetteer.Place(Key)).Max();

    /// <summary>Whether the mentions together show a name rather than a capitalised common noun.</summary>
    public bool IsName(bool german)
    {
        if (Mentions.Any(m => m.Acronym)) return true;
        var place = Place;
        if (place >= PlaceKind.Feature) return true;
        var free = Mentions.Where(m => !m.SentenceStart).ToList();
        var articled = Mentions.Count(m => m.Article is not null);
        // "Essen", "Lage" and "Ende" are towns too: a German town is named after a preposition or in a list, not after an article.
        if (place == PlaceKind.City)
            return !german ? free.Count > 0 || Mentions.Count > 1 : Mentions.Any(m => m.AfterIntroducer || m.InTitle && m.Article is null) && articled * 2 <= Mentions.Count;
        if (Mentions.Any(m => m.Person || m.AfterTitle)) return true;
        var words = Mentions[0].Words;
        if (words > 1)
        {
            if (Mentions.Any(m => m.Organisation)) return true;
            if (german) return Mentions.Any(m => m.GermanAdjective) && (free.Count > 0 || Mentions.Count > 1);
            return free.Count > 0 || Mentions.Count > 1;
        }
        if (german)
        {
            // "Bundesbank" in the headline or named twice; a one-off "Notenbank" is a noun.
            if (Mentions.Any(m => m.Organisation)) return Mentions.Count > 1 || Mentions.Any(m => m.InTitle);
            // Otherwise only behaviour tells: named twice inside sentences, never after an article, without a noun's ending.
            return free.Count >= 2 && articled == 0 && !GermanNouns.HasNounEnding(Key) && !Mentions.Any(m => m.AfterAdjective || m.BeforeGenitive);
        }
        // "el Gobierno", "le Parlement", "les États": a Romance or English institution noun comes with its article.
        // A single capitalised word named once could be anything ("les vingt-sept États membres"): a name recurs or heads the story.
        return free.Count > 0 && articled * 2 < Mentions.Count && (Mentions.Count > 1 || Mentions.Any(m => m.InTitle || m.AfterIntroducer));
    }

    /// <summary>Fixes the form a tag shows and the score it ranks by.</summary>
    public NameCandidate Resolve(bool german)
    {
        Display = _preferred ?? DisplayForm(german);
        var known = Place != PlaceKind.None || Mentions.Any(m => m.Organisation || m.Person || m.AfterTitle || m.Acronym);
        Score = Mentions.Count + (known ? 1 : 0) + (Mentions.Any(m => m.InTitle) ? 2 : 0);
        return this;
    }

    private string DisplayForm(bool german)
    {
        var adjectival = Mentions.Where(m => m.GermanAdjective).ToList();
        if (german && adjectival.Count > 0)
        {
            var parts = adjectival.Select(m => (Adjective: m.Surface[..m.Surface.IndexOf(' ')], Noun: m.Surface[(m.Surface.IndexOf(' ') + 1)..], m.Article)).ToList();
            return GermanNames.Nominative(parts[0].Adjective, parts[0].Noun, parts);
        }
        // A person by their full name, a form the gazetteer knows, else the most frequent (the first seen of equals).
        return Mentions.Where(m => m.Person).Select(m => m.Surface).FirstOrDefault()
            ?? Mentions.Select(m => m.Surface).FirstOrDefault(s => Gazetteer.Place(s) != PlaceKind.None)
            ?? Mentions.GroupBy(m => m.Surface, StringComparer.Ordinal).OrderByDescending(g => g.Count()).First().Key;
    }
}
