using Graph.Core.Cypher;
using Graph.Core.Model;
using Graph.Import.Extraction;
using Graph.Import.Files;
using Graph.Import.Writing;

namespace Graph.Import;

/// <summary>
/// Imports a folder of wiki pages into the graph: every *.md file, recursively, in a sorted order (<see cref="WikiWalk"/>). Each page
/// is written in one transaction, so a page that fails (unreadable, malformed, rejected by the store) leaves
/// its previous graph state untouched and never stops the others. Pages whose content, rules, vocabulary and the
/// wiki titles they can name are as last imported are skipped (<see cref="ImportKeys"/>); pages gone from the folder have their facts removed.
/// </summary>
public sealed class WikiImporter(ICypherSession session, Vocabulary userVocabulary)
{
    // The user's vocabulary over the built-in one of widely known products and companies.
    private readonly Vocabulary vocabulary = Vocabulary.WithBuiltIn(userVocabulary);

    /// <summary>Skip pages whose import key matches the graph (default). Off re-writes every page.</summary>
    public bool SkipUnchanged { get; init; } = true;

    /// <summary>Called with every page's extracted facts, written or skipped as unchanged (for <see cref="UnlistedEntities"/>).</summary>
    public Action<PageFacts>? OnExtracted { get; init; }

    /// <summary>Headers kept from an earlier import of the same wiki by this process; null reads every page's header.</summary>
    public PageHeaderCache? Headers { get; init; }

    /// <summary>
    /// One page per core, plus two: a page done early waits for the writer, and while the writer commits every core
    /// should still have a page to extract (with one per core, a core sat idle a quarter of the time). Few enough that
    /// memory stays flat.
    /// </summary>
    private static readonly int PagesPreparedAhead = Environment.ProcessorCount + 2;

    public async Task<ImportReport> ImportDirectoryAsync(string wikiDirectory, IProgress<ImportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(wikiDirectory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"Wiki folder '{root}' does not exist.");
        }
        var walk = WikiWalk.Of(root);
        var paths = walk.Pages;
        var known = await ReadImportedPagesAsync(cancellationToken).ConfigureAwait(false);
        // First pass: every page's title and show (for Related bullets and the Source each page describes); the parsed
        // text is dropped and read again when the page's turn comes, so a large wiki is never all in memory at once.
        var pages = paths.Select(path => Headers?.Get(root, path) ?? LoadedPage.LoadHeader(root, path)).ToList();
        var owners = new SourceOwners(pages, vocabulary);
        Headers?.KeepOnly(root, paths);
        var catalog = Catalog(vocabulary, pages, known);
        var extractor = new Extractor(catalog);
        // Each page's key, from the header pass: the bytes it hashed are the ones the page is compared and written with.
        var keys = new ImportKeys(vocabulary, catalog);
        var importKeys = pages.ToDictionary(page => page.Path, page => keys.For(page, owners.Owns(page.Path), owners.SourceOf(page.Path)), StringComparer.Ordinal);
        var present = paths.ToHashSet(StringComparer.Ordinal);
        // A page in a folder link the walk refused is not gone: it keeps its facts until the link is fixed or removed.
        var removed = known.Keys.Where(page => !present.Contains(page) && !walk.IsRefused(page)).Order(StringComparer.Ordinal).ToList();
        // The header pass already hashed every page's bytes, so unchanged pages are known before any is extracted.
        var unchanged = pages
            .Where(page => page.Error is null && IsUnchanged(known, page.Path, importKeys[page.Path]))
            .Select(page => page.Path)
            .ToHashSet(StringComparer.Ordinal);
        // One pass over the graph finds what every page about to be replaced or removed owns, so each page's own
        // transaction reaches its old relationships through their nodes instead of scanning the whole graph.
        var replaced = pages.Where(page => page.Error is null && known.ContainsKey(page.Path) && !unchanged.Contains(page.Path)).Select(page => page.Path);
        var owned = await PageNodes.ReadAsync(session, [.. replaced, .. removed], cancellationToken).ConfigureAwait(false);
        var total = pages.Count + walk.RefusedFolders.Count + removed.Count;
        var outcomes = new List<PageOutcome>(total);
        // The next pages are read and extracted on the thread pool while this one is written: extraction needs
        // nothing from the store, so its CPU overlaps the commit (and its fsync). Extraction costs more than a write,
        // so more than one page is prepared at a time: while the writer waits for a page, its core extracts another.
        // Writes stay one page at a time, in order.
        // An unchanged page is not even extracted, unless OnExtracted (the --report of unlisted names) wants every page's facts.
        var skip = OnExtracted is null ? unchanged : [];
        var ahead = new Queue<Task<PreparedPage>>();
        var scheduled = 0;
        void PrepareAhead()
        {
            while (scheduled < pages.Count && ahead.Count < PagesPreparedAhead)
            {
                var page = pages[scheduled++];
                ahead.Enqueue(Task.Run(() => Prepare(root, page, extractor, importKeys[page.Path], owners.Owns(page.Path), owners.SourceOf(page.Path), skip.Contains(page.Path)), cancellationToken));
            }
        }
        PrepareAhead();
        // The Markdown is the source of truth: a page whose commit a machine crash loses is imported again next time, so
        // the pages share their fsyncs (about one a second, and one at the end) instead of paying one each.
        using var batch = (session as IBatchedCommits)?.BatchCommits();
        while (ahead.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prepared = await ahead.Dequeue().ConfigureAwait(false);
            PrepareAhead();
            outcomes.Add(await ImportPageAsync(prepared, known, owned, cancellationToken).ConfigureAwait(false));
            progress?.Report(new ImportProgress(outcomes.Count, total, prepared.Path));
        }
        foreach (var folder in walk.RefusedFolders)
        {
            outcomes.Add(new PageOutcome(folder.File, PageStatus.Failed, 0, 0, folder));
            progress?.Report(new ImportProgress(outcomes.Count, total, folder.File));
        }
        foreach (var page in removed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(await RemovePageAsync(page, known[page].Id, owned.GetValueOrDefault(page) ?? PageNodes.None, cancellationToken).ConfigureAwait(false));
            progress?.Report(new ImportProgress(outcomes.Count, total, page));
        }
        return new ImportReport(outcomes);
    }

    /// <summary>
    /// The facts one page yields, without writing them (<c>graph import --explain PAGE</c>): every relationship
    /// carries its section, line and evidence. Other pages are read only for their titles.
    /// </summary>
    /// <exception cref="WikiPageException">The page cannot be read or parsed; <see cref="WikiPageException.Error"/> says where.</exception>
    public PageFacts Explain(string wikiDirectory, string page) => Explain(vocabulary, wikiDirectory, page);

    /// <inheritdoc cref="Explain(string, string)"/>
    public static PageFacts Explain(Vocabulary userVocabulary, string wikiDirectory, string page)
    {
        var vocabulary = Vocabulary.WithBuiltIn(userVocabulary);
        var root = Path.GetFullPath(wikiDirectory);
        var path = RelativePath(root, Path.GetFullPath(Path.Combine(root, page)));
        var pages = WikiWalk.Of(root).Pages.Select(p => LoadedPage.LoadHeader(root, p)).ToList();
        var owners = new SourceOwners(pages, vocabulary);
        var claim = pages.FirstOrDefault(p => p.Path == path);
        var target = claim?.Error is null ? LoadedPage.Load(root, path) : claim;
        if (target.Page is null)
        {
            throw new WikiPageException(target.Error ?? new PageError(path, null, "cannot be read"));
        }
        var catalog = Catalog(vocabulary, pages, []);
        var (owns, sourceId) = (owners.Owns(path), owners.SourceOf(path));
        return new Extractor(catalog).Extract(target.Page, path, target.ContentHash!, claim is null ? null : new ImportKeys(vocabulary, catalog).For(claim, owns, sourceId), owns, sourceId);
    }

    /// <summary>
    /// A page read and extracted, with the statements that write it, ready for the writer; <see cref="Outcome"/>
    /// when it failed before writing.
    /// </summary>
    private sealed record PreparedPage(string Path, string? ImportKey, PageFacts? Facts, IReadOnlyList<(string Query, List<object?> Rows)>? Statements, PageOutcome? Outcome)
    {
        /// <summary>The Source the page says what it is of, when it owns it.</summary>
        public string? OwnedSource { get; init; }
    }

    /// <param name="importKey">
    /// From the header pass. Should the file change before its turn, the key no longer matches its bytes, so the next
    /// import takes the page again.
    /// </param>
    /// <param name="sourceId">The Source the page describes, from the header pass (<see cref="SourceOwners"/>).</param>
    private static PreparedPage Prepare(string root, LoadedPage page, Extractor extractor, string? importKey, bool ownsSource, string? sourceId, bool unchanged)
    {
        if (unchanged)
        {
            return new PreparedPage(page.Path, null, null, null, Unchanged(page.Path));
        }
        var loaded = page.Error is null ? LoadedPage.Load(root, page.Path) : page;
        if (loaded.Page is null || loaded.ContentHash is null)
        {
            return new PreparedPage(loaded.Path, null, null, null, new PageOutcome(loaded.Path, PageStatus.Failed, 0, 0, loaded.Error));
        }
        try
        {
            var facts = extractor.Extract(loaded.Page, loaded.Path, loaded.ContentHash, importKey, ownsSource, sourceId);
            var source = facts.Relationships.First(r => r.Type == RelationshipTypes.Describes).ToId;
            return new PreparedPage(loaded.Path, importKey, facts, GraphWriter.Statements(facts).ToList(), null) { OwnedSource = ownsSource ? source : null };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A rule bug must not take the other pages down; report it against the page.
            return new PreparedPage(loaded.Path, importKey, null, null, Failed(loaded.Path, $"extraction failed: {e.GetType().Name}: {e.Message}"));
        }
    }

    private async Task<PageOutcome> ImportPageAsync(PreparedPage prepared, Dictionary<string, ImportedPage> known, Dictionary<string, PageNodes> owned, CancellationToken cancellationToken)
    {
        if (prepared.Facts is not { } facts)
        {
            return prepared.Outcome!;
        }
        OnExtracted?.Invoke(facts);
        if (IsUnchanged(known, prepared.Path, prepared.ImportKey))
        {
            return Unchanged(prepared.Path);
        }
        try
        {
            await session.ExecuteWriteAsync(async transaction =>
            {
                var previous = known.TryGetValue(prepared.Path, out var earlier)
                    ? (earlier.Id, owned.GetValueOrDefault(prepared.Path) ?? PageNodes.None)
                    : ((string?, PageNodes)?)null;
                await GraphWriter.WritePageAsync(transaction, facts.Page, prepared.Statements!, previous, prepared.OwnedSource, cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (CypherException e)
        {
            return Failed(prepared.Path, $"the graph store rejected the page: {e.Message}");
        }
        return new PageOutcome(prepared.Path, PageStatus.Imported, facts.Nodes.Count, facts.Relationships.Count, null);
    }

    private bool IsUnchanged(Dictionary<string, ImportedPage> known, string path, string? importKey) =>
        SkipUnchanged && known.TryGetValue(path, out var previous) && previous.ImportKey == importKey;

    private static PageOutcome Unchanged(string path) => new(path, PageStatus.Unchanged, 0, 0, null);

    private async Task<PageOutcome> RemovePageAsync(string page, string? sourceId, PageNodes nodes, CancellationToken cancellationToken)
    {
        try
        {
            await session.ExecuteWriteAsync(async transaction =>
            {
                await GraphWriter.RemovePageAsync(transaction, page, sourceId, nodes, cancellationToken).ConfigureAwait(false);
                return true;
            }, cancellationToken).ConfigureAwait(false);
            return new PageOutcome(page, PageStatus.Removed, 0, 0, null);
        }
        catch (CypherException e)
        {
            return Failed(page, $"could not remove the page's facts: {e.Message}");
        }
    }

    private async Task<Dictionary<string, ImportedPage>> ReadImportedPagesAsync(CancellationToken cancellationToken)
    {
        var result = await session.RunAsync(GraphWriter.ReadPages, null, CypherAccessMode.Read, cancellationToken).ConfigureAwait(false);
        var known = new Dictionary<string, ImportedPage>(StringComparer.Ordinal);
        foreach (var record in result.Records())
        {
            if (record["page"] is string page)
            {
                var aliases = record["aliases"] is IEnumerable<object?> list ? list.OfType<string>().ToList() : [];
                known.TryAdd(page, new ImportedPage(record["id"] as string, record["importKey"] as string, record["title"] as string, aliases));
            }
        }
        return known;
    }

    // Every page's title and aliases resolve like vocabulary sources, so Related bullets find the page they mean.
    // A page that fails to parse keeps the title it was last imported with, so its failure changes no other page.
    private static Vocabulary Catalog(Vocabulary vocabulary, IEnumerable<LoadedPage> pages, Dictionary<string, ImportedPage> known) =>
        vocabulary.With(pages
            .Select(p => p.Identity is not null
                ? p.Identity.AsVocabularyEntry()
                : known.TryGetValue(p.Path, out var previous) && previous.Title is { } title ? new VocabularyEntry(EntityKind.Source, title, previous.Aliases) : null)
            .OfType<VocabularyEntry>()
            .Select(entry => entry with { IsWikiPage = true }));

    /// <summary>What the graph remembers about a page from its last import.</summary>
    private sealed record ImportedPage(string? Id, string? ImportKey, string? Title, IReadOnlyList<string> Aliases);

    private static string RelativePath(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    private static PageOutcome Failed(string page, string message) => new(page, PageStatus.Failed, 0, 0, new PageError(page, null, message));
}
