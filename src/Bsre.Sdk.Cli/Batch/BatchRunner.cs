namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// Runs one piece of work per file on up to <see cref="Environment.ProcessorCount"/> files at once and hands each
/// outcome to <c>emit</c> in input order, as soon as every earlier file's outcome has been emitted.
/// </summary>
internal static class BatchRunner
{
    public static async Task RunAsync<T>(
        IReadOnlyList<FileInfo> files,
        Func<FileInfo, CancellationToken, Task<T>> work,
        Func<FileInfo, Outcome<T>, Task> emit,
        ProgressLine progress,
        CancellationToken cancellationToken)
    {
        var slots = files.Select(_ => new TaskCompletionSource<Outcome<T>>(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Task producer = Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallel, async (index, token) =>
        {
            Outcome<T> outcome;
            try
            {
                outcome = new Outcome<T>(await work(files[index], token).ConfigureAwait(false), null);
            }
            catch (Exception e) when (!token.IsCancellationRequested)
            {
                outcome = new Outcome<T>(default, e);
            }

            slots[index].SetResult(outcome);
        });

        // A cancelled or failed producer leaves the remaining slots empty: release the emitter.
        _ = producer.ContinueWith(
            _ => Array.ForEach(slots, slot => slot.TrySetCanceled(cancellationToken)),
            CancellationToken.None,
            TaskContinuationOptions.ExecuteSynchronously,
            TaskScheduler.Default);

        try
        {
            for (int index = 0; index < files.Count; index++)
            {
                Outcome<T> outcome = await slots[index].Task.ConfigureAwait(false);
                await emit(files[index], outcome).ConfigureAwait(false);
                await progress.AdvanceAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            await progress.ClearAsync().ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }
}

/// <summary>What the work made of one file: its result, or the exception it ended with.</summary>
internal readonly record struct Outcome<T>(T? Result, Exception? Error);
