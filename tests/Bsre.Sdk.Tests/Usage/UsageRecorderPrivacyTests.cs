using Bsre.Sdk.Usage;

namespace Bsre.Sdk.Tests.Usage;

public sealed class UsageRecorderPrivacyTests : IDisposable
{
    private const string Nik = "3201010101010001";
    private const string Passphrase = "Rahasia#123";
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-usage-").FullName;

    [Theory]
    [InlineData(Nik, "3201**********01")]
    [InlineData(" 3201010101010001 ", "3201**********01")]
    [InlineData("1234567", "1234*67")]
    [InlineData("123456", "******")]
    [InlineData("", "")]
    public void Mask_keeps_only_the_first_four_and_last_two_digits(string nik, string expected)
    {
        Assert.Equal(expected, NikMask.Mask(nik));
        Assert.True(NikMask.IsMasked(NikMask.Mask(nik)));
    }

    [Fact]
    public async Task The_log_holds_no_nik_or_passphrase_unmasked()
    {
        string path = Path.Combine(_directory, "usage.jsonl");
        using var recorder = new JsonLinesUsageRecorder(new JsonLinesUsageRecorderOptions { FilePath = path });
        foreach (UsageOutcome outcome in new[] { UsageOutcome.Succeeded, UsageOutcome.Failed })
        {
            await recorder.RecordAsync(new UsageRecord
            {
                Time = DateTimeOffset.UtcNow,
                SignerSubject = "CN=Budi Santoso, C=ID",
                SignerSerial = "0A1B2C",
                DocumentSha256 = new string('0', 64),
                Level = "PAdES-B-T",
                Outcome = outcome,
                FailureReason = outcome == UsageOutcome.Failed ? "InvalidPassphrase" : null,
                MaskedNik = NikMask.Mask(Nik),
            });
        }

        string log = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain(Nik, log, StringComparison.Ordinal);
        Assert.DoesNotContain("0101010101", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Passphrase, log, StringComparison.Ordinal);
        Assert.DoesNotContain("\"passphrase\":", log, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\"maskedNik\":\"3201**********01\"", log, StringComparison.Ordinal);
        Assert.Equal(2, log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task An_unmasked_nik_is_refused_and_not_written()
    {
        string path = Path.Combine(_directory, "refused.jsonl");
        using var recorder = new JsonLinesUsageRecorder(path);
        var record = new UsageRecord
        {
            Time = DateTimeOffset.UtcNow,
            SignerSubject = string.Empty,
            SignerSerial = string.Empty,
            DocumentSha256 = new string('0', 64),
            Level = "B-B",
            Outcome = UsageOutcome.Failed,
            MaskedNik = Nik,
        };

        await Assert.ThrowsAsync<ArgumentException>(() => recorder.RecordAsync(record));
        Assert.False(File.Exists(path));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
