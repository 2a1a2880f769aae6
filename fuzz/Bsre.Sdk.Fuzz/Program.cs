using Bsre.Sdk.Pdf.Tests.Hostile;
using SharpFuzz;

namespace Bsre.Sdk.Fuzz;

/// <summary>
/// The coverage-guided fuzz harness (SharpFuzz with libFuzzer): <c>pdf</c> feeds each input to <c>PadesValidator</c>,
/// <c>cms</c> to <c>CadesValidator</c>. A report or a typed error is a pass; anything else (an untyped exception, a
/// typed error wrapping an internal one, more than 2 s of CPU or 256 MiB allocated) is thrown, which libFuzzer records
/// as a crash with its input. See fuzz/README.md.
/// </summary>
internal static class Program
{
    private const long MaxAllocated = 256L << 20;

    public static void Main(string[] args)
    {
        Func<byte[], HostileOutcome> validate = args.FirstOrDefault() switch
        {
            "pdf" => bytes => HostileOutcome.Pdf(bytes),
            "cms" => bytes => HostileOutcome.Cms(bytes, null),
            _ => throw new ArgumentException("usage: Bsre.Sdk.Fuzz pdf|cms (run under libFuzzer, see fuzz/README.md)"),
        };
        Fuzzer.LibFuzzer.Run(span =>
        {
            HostileOutcome outcome = validate(span.ToArray());
            if (!outcome.IsAcceptable || outcome.Elapsed > TimeSpan.FromSeconds(2) || outcome.Allocated > MaxAllocated)
            {
                throw new FuzzFailureException(outcome.ToString());
            }
        });
    }
}
