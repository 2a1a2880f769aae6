using Bsre.Sdk.Testing;
using Bsre.Sdk.Client.Tests.Fakes;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>The electronic seal flow against the emulator: activation code by mail, refresh, seal TOTP, seal, revoke.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class EmulatorSealTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task Activation_refresh_seal_and_revoke()
    {
        BsreClient client = fixture.Client();
        await client.RequestSealActivationAsync(Subscriber);
        string mailed = fixture.Emulator.Mailbox.LatestCode("sekretariat@example.go.id")!;

        SealTotp activation = await client.RefreshSealActivationAsync(Subscriber, mailed);
        SealTotp seal = await client.RequestSealTotpAsync(Subscriber, activation.Totp, 1);
        var request = new SealRequest { SubscriberId = Subscriber, Totp = seal.Totp };
        request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));
        Task<SignResult> sealing = client.SealAsync(request);
        Assert.Single((await sealing).Documents);

        await client.RevokeSealActivationAsync(Subscriber, activation.Totp);
        var revoked = await Assert.ThrowsAsync<BsreException>(() => client.RequestSealTotpAsync(Subscriber, activation.Totp, 1));

        Assert.NotEqual(mailed, activation.Totp);
        Assert.Equal(BsreErrorCode.InvalidTotp, revoked.ErrorCode);
    }

    [Fact]
    public async Task An_unknown_subscriber_is_refused()
    {
        var error = await Assert.ThrowsAsync<BsreException>(() => fixture.Client().RequestSealActivationAsync("SEAL-NOPE"));

        Assert.Equal(BsreErrorCode.InvalidRequest, error.ErrorCode);
    }
}
