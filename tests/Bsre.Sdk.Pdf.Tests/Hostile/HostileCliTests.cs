using Bsre.Sdk.Cli;
using Bsre.Sdk.Pdf.Tests.Infrastructure;
using Bsre.Sdk.TestUtils;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// <c>bsre pdf verify</c> and <c>bsre cms verify</c> over ../shared/corpus/hostile: a verdict (0–3) or 65, never 70
/// ("internal error, please report") and never a dead process (134). In process through the CLI's entry point, and
/// one stack-overflow reproducer as a real process.
/// </summary>
[Collection(nameof(SerialTestGroup))]
public sealed class HostileCliTests
{
    private static readonly int[] Expected = [0, 1, 2, 3, 65];

    public static TheoryData<string> Files() => HostileCorpusTests.Files();

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public async Task Verify_exits_with_a_verdict_or_65(string name)
    {
        Skip.If(HostileCorpusTests.HostileRoot() is null, SharedPaths.MissingMessage);
        string path = Path.Combine(HostileCorpusTests.HostileRoot()!, name);
        string content = Path.ChangeExtension(path, ".content");
        string[] args = Path.GetExtension(path) == ".pdf"
            ? ["pdf", "verify", "--in", path, "--trust", Anchor(), "--offline"]
            : ["cms", "verify", "--in", path, .. File.Exists(content) ? new[] { "--content", content } : [], "--trust", Anchor(), "--offline"];
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = await BsreCli.RunAsync(args, output, error, CancellationToken.None);
        Assert.True(Expected.Contains(code), $"exit {code}: {error}");
    }

    [SkippableFact]
    public async Task An_object_stream_that_contains_itself_exits_65_not_134()
    {
        Skip.If(HostileCorpusTests.HostileRoot() is null, SharedPaths.MissingMessage);
        string path = Path.Combine(HostileCorpusTests.HostileRoot()!, "by-hand", "repro-objstm-selfloop.pdf");
        var (code, _, error) = await ProcessRunner.RunBsreAsync(null, "pdf", "verify", "--in", path, "--trust", Anchor(), "--offline");
        Assert.True(code == 65, $"exit {code}: {error}");
    }

    private static string Anchor() => Path.Combine(SharedPaths.SharedRoot!, "corpus", "external2", "anchors", "dummy-anchor.pem");
}
