using Bsre.Sdk.Usage;

namespace Bsre.Sdk.Tests.Usage;

/// <summary>A recorded batch over different months, signers and levels, with failures, and two records of other years.</summary>
internal static class UsageBatch
{
    public const string SignerA = "CN=Budi Santoso, O=Kementerian Contoh, C=ID";
    public const string SignerB = "CN=Siti Rahayu, O=Kementerian Contoh, C=ID";

    public static IReadOnlyList<UsageRecord> Records { get; } =
    [
        Record("2026-01-10T08:00:00Z", SignerA, "B-T"),
        Record("2026-01-11T08:00:00Z", SignerA, "B-T"),
        Record("2026-01-12T08:00:00Z", SignerA, "B-T"),
        Record("2026-01-15T08:00:00Z", SignerB, "B-B", "InvalidPassphrase"),
        Record("2026-03-05T08:00:00Z", SignerA, "B-LT"),
        Record("2026-03-05T09:00:00Z", SignerA, "B-LT"),
        Record("2026-03-06T08:00:00Z", SignerB, "B-T", "InvalidTotp"),
        Record("2026-03-07T08:00:00Z", SignerB, "B-T"),
        Record("2027-01-01T05:00:00+07:00", SignerB, "B-LTA"), // 2026-12-31T22:00Z: December 2026
        Record("2026-06-01T08:00:00Z", SignerA, "B-B", string.Empty), // failed without a reason
        Record("2026-06-02T08:00:00Z", SignerA, "B-B", "InvalidPassphrase"),
        Record("2025-12-31T23:00:00Z", SignerA, "B-T"), // another year
        Record("2027-01-01T00:00:00Z", SignerA, "B-T"), // another year
    ];

    public static string Serial(string subject) => subject == SignerA ? "0A1B2C" : "3D4E5F";

    private static UsageRecord Record(string time, string signer, string level, string? failure = null) => new()
    {
        Time = DateTimeOffset.Parse(time, System.Globalization.CultureInfo.InvariantCulture),
        SignerSubject = signer,
        SignerSerial = Serial(signer),
        DocumentSha256 = new string('a', 64),
        Level = level,
        Outcome = failure is null ? UsageOutcome.Succeeded : UsageOutcome.Failed,
        FailureReason = string.IsNullOrEmpty(failure) ? null : failure,
        MaskedNik = NikMask.Mask("3201010101010001"),
    };

    /// <summary>Records the batch concurrently into a new JSON-lines file and returns its path.</summary>
    public static async Task<string> WriteAsync(string directory)
    {
        string path = Path.Combine(directory, $"{Guid.NewGuid():N}-usage.jsonl");
        using var recorder = new JsonLinesUsageRecorder(path);
        await Task.WhenAll(Records.Select(record => Task.Run(() => recorder.RecordAsync(record))));
        return path;
    }
}
