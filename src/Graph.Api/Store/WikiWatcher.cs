using System.Threading.Channels;
using Graph.Import;
using Microsoft.Extensions.Options;

namespace Graph.Api.Store;

/// <summary>
/// With Graph:WatchWiki (<c>graph serve --import WIKI --watch</c>), keeps the graph in step with the wiki while the
/// service runs: once the folder has been quiet for <see cref="GraphServiceOptions.WatchQuietPeriod"/> after a page
/// (or the vocabulary) changed, the wiki is imported again (imports skip unchanged pages, so one edit costs about one
/// page's import), and once when watching starts, for pages saved while the start-up import ran. Failures are logged
/// and watching goes on; the graph keeps what each failed page last had.
/// </summary>
internal sealed partial class WikiWatcher(WikiSync wiki, IOptions<GraphServiceOptions> options, ILogger<WikiWatcher> logger, TimeProvider? time = null)
    : BackgroundService
{
    private readonly TimeProvider clock = time ?? TimeProvider.System;

    // Resolved once, when watching starts: Changed runs for every file event.
    private string? vocabularyFile;

    // One pending signal is enough: every import reads the whole folder.
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.WatchWiki || wiki.Wiki is not { } folder)
        {
            return;
        }
        vocabularyFile = wiki.VocabularyFile;
        var watchers = new List<FileSystemWatcher>();
        try
        {
            watchers.Add(Watch(folder, "*"));
            if (vocabularyFile is { } file && !IsInside(file, folder))
            {
                watchers.Add(Watch(Path.GetDirectoryName(file)!, Path.GetFileName(file)));
            }
        }
        catch (Exception error) when (error is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // On Linux, the inotify limits (fs.inotify.max_user_instances, max_user_watches) can be reached: serve anyway.
            watchers.ForEach(watcher => watcher.Dispose());
            LogCannotWatch(folder, error.Message);
            return;
        }
        LogWatching(folder);
        // Pages saved while the start-up import ran (after it read them) changed before anything watched: catch up once.
        changes.Writer.TryWrite(true);
        try
        {
            while (await changes.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                // Editors save in steps (a temporary file, then a rename): wait until nothing has changed for a while.
                while (changes.Reader.TryRead(out _))
                {
                    await Task.Delay(options.Value.WatchQuietPeriod, clock, stoppingToken).ConfigureAwait(false);
                }
                await ImportAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The service is stopping.
        }
        finally
        {
            watchers.ForEach(watcher => watcher.Dispose());
        }
    }

    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        try
        {
            await wiki.ImportAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A broken vocabulary, the folder gone for a moment, the store unreachable: say so and keep watching.
            LogImportFailed(error.Message);
        }
    }

    private FileSystemWatcher Watch(string folder, string filter)
    {
        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = filter == "*",
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
        };
        watcher.Changed += (_, e) => Changed(e.FullPath);
        watcher.Created += (_, e) => Changed(e.FullPath);
        watcher.Deleted += (_, e) => Changed(e.FullPath);
        watcher.Renamed += (_, e) => { Changed(e.OldFullPath); Changed(e.FullPath); };
        // Events were lost (the buffer overflowed): an import reads everything anyway.
        watcher.Error += (_, _) => changes.Writer.TryWrite(true);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    // Pages, the vocabulary, and folders (a renamed folder moves its pages); not editors' swap and backup files.
    private void Changed(string path)
    {
        var extension = Path.GetExtension(path);
        if (extension.Length == 0 || extension.Equals(".md", StringComparison.OrdinalIgnoreCase) || Path.GetFileName(path) == Vocabulary.FileName
            || path == vocabularyFile)
        {
            changes.Writer.TryWrite(true);
        }
    }

    private static bool IsInside(string file, string folder) =>
        Path.GetFullPath(file).StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching {Wiki}: changed pages are imported while the service runs.")]
    private partial void LogWatching(string wiki);

    [LoggerMessage(Level = LogLevel.Error, Message = "Cannot watch {Wiki}, so changes are not imported while the service runs: {Error}")]
    private partial void LogCannotWatch(string wiki, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import after a change failed (the graph keeps its last state; watching goes on): {Error}")]
    private partial void LogImportFailed(string error);
}
