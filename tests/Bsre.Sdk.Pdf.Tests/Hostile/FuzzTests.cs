using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// The in-suite mutation fuzz test of issue 18 (and item 5 of issue 12): fixed seeds, so every run makes the same
/// cases from the same signed PDFs and CMS files of ../shared/corpus. Each case must end in a report or a typed error
/// that wraps no internal exception, within 2 s of CPU and 256 MiB of allocations. The failures are listed with the
/// case number that reproduces them (<see cref="PdfCase"/>, <see cref="CmsCase"/>); fuzz/README.md runs more cases.
/// </summary>
[Collection(nameof(SerialTestGroup))]
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const int PdfCases = 10_000;
    public const int CmsCases = 5_000;
    private const int Seed = 20261204;
    private const long MaxAllocated = 256L << 20;
    private static readonly TimeSpan MaxCpu = TimeSpan.FromSeconds(2);

    [SkippableFact]
    public void Mutated_signed_pdfs_give_a_report_or_a_typed_error()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        Report(Run(PdfCases, PdfCase));
    }

    [SkippableFact]
    public void Mutated_cms_signatures_give_a_report_or_a_typed_error()
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        Report(Run(CmsCases, CmsCase));
    }

    /// <summary>Cases that failed once (found by longer runs, see fuzz/README.md), kept as regressions: an issuer or TSA certificate with an unknown key algorithm.</summary>
    [SkippableTheory]
    [InlineData("pdf", 114073)]
    [InlineData("cms", 100320)]
    [InlineData("cms", 102205)]
    [InlineData("cms", 114274)]
    [InlineData("cms", 114975)]
    [InlineData("cms", 124907)]
    public void Cases_that_once_failed_give_a_report_or_a_typed_error(string kind, int index)
    {
        Skip.IfNot(SharedPaths.Available, SharedPaths.MissingMessage);
        var (_, outcome, _) = kind == "pdf" ? PdfCase(index) : CmsCase(index);
        Assert.True(outcome.IsAcceptable, outcome.ToString());
    }

    /// <summary>
    /// A longer run outside the suite: BSRE_FUZZ_PDF and BSRE_FUZZ_CMS cases from case BSRE_FUZZ_FIRST on (skipped
    /// unless BSRE_FUZZ_PDF or BSRE_FUZZ_CMS is set; see fuzz/README.md).
    /// </summary>
    [SkippableFact]
    public void Long_run()
    {
        int pdf = int.TryParse(Environment.GetEnvironmentVariable("BSRE_FUZZ_PDF"), out int p) ? p : 0;
        int cms = int.TryParse(Environment.GetEnvironmentVariable("BSRE_FUZZ_CMS"), out int c) ? c : 0;
        int first = int.TryParse(Environment.GetEnvironmentVariable("BSRE_FUZZ_FIRST"), out int f) ? f : PdfCases;
        Skip.If(pdf + cms == 0 || !SharedPaths.Available, "set BSRE_FUZZ_PDF and/or BSRE_FUZZ_CMS to run more fuzz cases");
        var pdfRun = Run(pdf, PdfCase, first);
        var cmsRun = Run(cms, CmsCase, first);
        output.WriteLine($"PDF cases {first}..{first + pdf - 1}:");
        Report((pdfRun.Kinds, []));
        output.WriteLine($"CMS cases {first}..{first + cms - 1}:");
        Report((cmsRun.Kinds, [.. pdfRun.Failures.Select(f => "PDF " + f), .. cmsRun.Failures.Select(f => "CMS " + f)]));
    }

    /// <summary>Makes and validates PDF case <paramref name="index"/>.</summary>
    internal static (string Name, HostileOutcome Outcome, byte[] Input) PdfCase(int index)
    {
        var (name, seed) = FuzzSeeds.Pdfs[index % FuzzSeeds.Pdfs.Count];
        byte[] input = Mutator.Pdf(seed, new Random(Seed + index));
        return (name, HostileOutcome.Pdf(input), input);
    }

    /// <summary>Makes and validates CMS case <paramref name="index"/>.</summary>
    internal static (string Name, HostileOutcome Outcome, byte[] Input) CmsCase(int index)
    {
        var (name, seed, content) = FuzzSeeds.Cms[index % FuzzSeeds.Cms.Count];
        byte[] input = Mutator.Cms(seed, new Random(Seed + index));
        return (name, HostileOutcome.Cms(input, content), input);
    }

    /// <summary>Runs cases <c>first..first+count-1</c> on every core; returns how many ended in each way, and the failing ones.</summary>
    internal static (Dictionary<HostileOutcomeKind, int> Kinds, List<string> Failures) Run(int count, Func<int, (string Name, HostileOutcome Outcome, byte[] Input)> run, int first = 0)
    {
        var kinds = Enum.GetValues<HostileOutcomeKind>().ToDictionary(k => k, _ => 0);
        var failures = new List<string>();
        Parallel.For(first, first + count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, index =>
        {
            var (name, outcome, _) = run(index);
            lock (failures)
            {
                kinds[outcome.Kind]++;
                if (!outcome.IsAcceptable || outcome.Elapsed > MaxCpu || outcome.Allocated > MaxAllocated)
                {
                    failures.Add($"case {index} (seed {name}): {outcome}");
                }
            }
        });
        return (kinds, failures);
    }

    private void Report((Dictionary<HostileOutcomeKind, int> Kinds, List<string> Failures) run)
    {
        output.WriteLine(string.Join(", ", run.Kinds.Select(k => $"{k.Key}: {k.Value}")));
        Assert.True(run.Failures.Count == 0, $"{run.Failures.Count} failing cases:\n" + string.Join("\n\n", run.Failures.Order(StringComparer.Ordinal).Take(20)));
    }
}
