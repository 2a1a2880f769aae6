using Bsre.Sdk.Testing;
using Bsre.Sdk.Client.Tests.Emulator;
using Bsre.Sdk.Client.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using static Bsre.Sdk.Client.Tests.Emulator.EmulatorFixture;

namespace Bsre.Sdk.Client.Tests.Client;

/// <summary>A full sign flow through DI, with every log line and exception message captured: no passphrase, TOTP or NIK appears.</summary>
[Collection(EmulatorGroup.Name)]
public sealed class RedactionTests(EmulatorFixture fixture)
{
    [Fact]
    public async Task No_secret_or_nik_reaches_logs_exception_messages_or_ToString()
    {
        using var capture = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(capture).SetMinimumLevel(LogLevel.Trace));
        services.AddBsreClient(options =>
        {
            options.BaseAddress = fixture.Emulator.BaseUrl;
            options.Username = fixture.Options.Username;
            options.Password = fixture.Options.Password;
            options.AllowInsecureHttp = true;
            options.RetryDelay = TimeSpan.Zero;
        });
        await using ServiceProvider provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<BsreClient>();
        var texts = new List<string> { provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<BsreClientOptions>>().Value.ToString() };

        async Task Run(Func<Task> step)
        {
            try
            {
                await step();
            }
            catch (BsreException e)
            {
                texts.Add(e.ToString());
                texts.Add(e.ServiceMessage ?? string.Empty);
            }
        }

        SignerId signer = SignerId.FromNik(Budi);
        texts.Add(signer.ToString());
        await Run(() => client.EnsureCanSignAsync(signer));
        await Run(() => client.GetUserStatusV1Async(Budi));
        await Run(() => client.GetCertificateChainAsync(Budi));
        await Run(() => client.RequestTotpAsync(signer, 1));
        string totp = fixture.Emulator.Mailbox.LatestCode("budi@example.go.id")!;
        SignerSecret[] secrets = [SignerSecret.Passphrase("salah-" + Passphrase), SignerSecret.Totp(totp), SignerSecret.Passphrase(Passphrase)];
        foreach (SignerSecret secret in secrets)
        {
            texts.Add(secret.ToString());
            var request = new SignRequest { Signer = signer, Secret = secret };
            request.Documents.Add(new SignDocument(new MemoryStream(SamplePdf.Create())));
            await Run(() => client.SignAsync(request));
        }

        await Run(() => client.SignV1Async(new SignV1Request { Nik = Budi, Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()) }));
        await Run(() => client.SignV1Async(new SignV1Request { Nik = "3201019999999999", Passphrase = Passphrase, Document = new MemoryStream(SamplePdf.Create()) }));
        await Run(() => client.RequestSealTotpAsync(Subscriber, totp, 1));

        texts.AddRange(capture.Lines);
        Assert.Contains(capture.Lines, line => line.Contains("v2 sign", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.Contains("InvalidPassphrase", StringComparison.Ordinal) || text.Contains("passphrase is wrong", StringComparison.Ordinal));
        foreach (string secret in new[] { Budi, "3201019999999999", Passphrase, totp, fixture.Options.Password })
        {
            Assert.DoesNotContain(texts, text => text.Contains(secret, StringComparison.OrdinalIgnoreCase));
        }
    }
}
