using Bsre.Sdk.Pdf.Tests.Infrastructure;

namespace Bsre.Sdk.Pdf.Tests.Hostile;

/// <summary>
/// Every reproducer of ../shared/corpus/hostile (stack overflows, memory bombs, untyped and wrapped exceptions found by
/// fuzzing) ends in a report or a typed error, within 2 s and 256 MiB allocated (issue 18), with the default limits.
/// </summary>
[Collection(nameof(SerialTestGroup))]
public sealed class HostileCorpusTests
{
    private const long MaxAllocated = 256L << 20;

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        string? root = HostileRoot();
        foreach (string file in root is null ? Enumerable.Empty<string>() : Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".pdf" or ".p7s").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root!, file));
        }

        if (data.Count == 0)
        {
            data.Add("(hostile corpus missing)");
        }

        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Files))]
    public void Ends_in_a_report_or_a_typed_error_within_the_budget(string name)
    {
        Skip.If(HostileRoot() is null, SharedPaths.MissingMessage);
        HostileOutcome outcome = Validate(Path.Combine(HostileRoot()!, name));
        Assert.True(outcome.IsAcceptable, outcome.ToString());
        Assert.True(outcome.Elapsed < TimeSpan.FromSeconds(2), outcome.ToString());
        Assert.True(outcome.Allocated < MaxAllocated, outcome.ToString());
    }

    internal static string? HostileRoot()
        => SharedPaths.SharedRoot is { } shared && Directory.Exists(Path.Combine(shared, "corpus", "hostile")) ? Path.Combine(shared, "corpus", "hostile") : null;

    internal static HostileOutcome Validate(string path)
    {
        byte[] bytes = File.ReadAllBytes(path);
        if (Path.GetExtension(path) == ".pdf")
        {
            return HostileOutcome.Pdf(bytes);
        }

        string content = Path.ChangeExtension(path, ".content");
        return HostileOutcome.Cms(bytes, File.Exists(content) ? File.ReadAllBytes(content) : null);
    }
}
