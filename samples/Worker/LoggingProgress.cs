using Microsoft.Extensions.Logging;

namespace Bsre.Sdk.Samples.Worker;

/// <summary>Reports batch progress to the log, synchronously and in order.</summary>
internal sealed class LoggingProgress(ILogger logger) : IProgress<BatchProgress>
{
    public void Report(BatchProgress value)
    {
        if (value.Succeeded)
        {
            Log.Signed(logger, value.Done, value.Total, value.File);
        }
        else
        {
            Log.NotSigned(logger, value.Done, value.Total, value.File);
        }
    }
}
