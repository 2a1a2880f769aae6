namespace Bsre.Sdk.Cli;

/// <summary>The <c>bsre</c> entry point: runs a command, cancelled by Ctrl+C.</summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        return await BsreCli.RunAsync(args, Console.Out, Console.Error, cancellation.Token, stderrIsTerminal: !Console.IsErrorRedirected).ConfigureAwait(false);
    }
}
