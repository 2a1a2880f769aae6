using System.Diagnostics;
using System.Globalization;

namespace Bsre.Sdk.Cli.Batch;

/// <summary>
/// The one-line progress of a batch on stderr (files done, rate, ETA), redrawn in place at most ten times a second;
/// silent when stderr is not a terminal, so redirected output and logs never see it.
/// </summary>
internal sealed class ProgressLine
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);
    private readonly TextWriter? _terminal;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _drawn = -Interval;
    private int _done;
    private int _width;

    public ProgressLine(TextWriter? terminal, int total)
    {
        _terminal = total > 1 ? terminal : null;
        _total = total;
    }

    public async Task AdvanceAsync()
    {
        _done++;
        if (_terminal is null || (_clock.Elapsed - _drawn < Interval && _done < _total))
        {
            return;
        }

        _drawn = _clock.Elapsed;
        string line = Format(_done, _total, _clock.Elapsed);
        await _terminal.WriteAsync($"\r{line.PadRight(_width)}").ConfigureAwait(false);
        await _terminal.FlushAsync().ConfigureAwait(false);
        _width = line.Length;
    }

    /// <summary>Erases the line, so what follows on the terminal starts clean.</summary>
    public async Task ClearAsync()
    {
        if (_terminal is not null && _width > 0)
        {
            await _terminal.WriteAsync($"\r{new string(' ', _width)}\r").ConfigureAwait(false);
            await _terminal.FlushAsync().ConfigureAwait(false);
        }
    }

    /// <summary>"37/200 files, 18.4/s, ETA 0:09" (minutes:seconds).</summary>
    public static string Format(int done, int total, TimeSpan elapsed)
    {
        double rate = elapsed.TotalSeconds > 0 ? done / elapsed.TotalSeconds : 0;
        string eta = rate > 0 && TimeSpan.FromSeconds(Math.Ceiling((total - done) / rate)) is var left
            ? $"{(int)left.TotalMinutes}:{left.Seconds:00}"
            : "?";
        return string.Create(CultureInfo.InvariantCulture, $"{done}/{total} files, {rate:0.0}/s, ETA {eta}");
    }
}
