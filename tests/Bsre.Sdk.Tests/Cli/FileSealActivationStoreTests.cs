using Bsre.Sdk.Cli.Infrastructure;
using Bsre.Sdk.Client;

namespace Bsre.Sdk.Tests.Cli;

/// <summary>The <c>--activation-file</c> keeps the expiry as a time: ISO 8601 now, BSrE's own form in files written before.</summary>
public sealed class FileSealActivationStoreTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"bsre-activation-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task The_expiry_survives_a_round_trip()
    {
        var store = new FileSealActivationStore(_path);
        var expires = new DateTimeOffset(2026, 12, 4, 17, 0, 0, TimeSpan.FromHours(7));

        await store.SetAsync("SUB-1", new SealTotp { Totp = "123456", ExpiresAt = expires });

        Assert.Equal(expires, (await store.GetAsync("SUB-1"))?.ExpiresAt);
    }

    [Fact]
    public async Task A_file_with_the_gateways_expiry_text_is_still_read()
    {
        await File.WriteAllTextAsync(_path, """{"subscriber":"SUB-1","totp":"123456","expires":"2026-12-04 17:00:00 +0700"}""");

        SealTotp? activation = await new FileSealActivationStore(_path).GetAsync("SUB-1");

        Assert.Equal(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero), activation?.ExpiresAt);
    }

    public void Dispose() => File.Delete(_path);
}
