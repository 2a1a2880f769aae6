using Bsre.Sdk.Testing.Emulator;

namespace Bsre.Sdk.Client.Tests.Emulator;

/// <summary>The emulator's accounts come from a users JSON file when one is given; a broken file fails at start.</summary>
public sealed class EmulatorUsersFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bsre-users-").FullName;

    [Fact]
    public async Task Users_and_statuses_come_from_the_json_file()
    {
        string file = Path.Combine(_directory, "users.json");
        await File.WriteAllTextAsync(file, """
            { "users": [ { "nik": "3175000000000009", "email": "ani@example.go.id", "name": "Ani", "passphrase": "x-123", "status": "SUSPEND" } ],
              "sealSubscribers": [] }
            """);
        await using BsreEmulator emulator = await BsreEmulator.StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), UsersFile = file, ConsoleLogging = false });
        var options = new BsreClientOptions { BaseAddress = emulator.BaseUrl, Username = "esign", Password = "esign-emulator", AllowInsecureHttp = true };
        var client = new BsreClient(new HttpClient(), options);

        UserStatusResult ani = await client.GetUserStatusAsync(SignerId.FromEmail("ani@example.go.id"));
        UserStatusResult budi = await client.GetUserStatusAsync(SignerId.FromNik(EmulatorFixture.Budi));

        Assert.Equal(CertificateStatus.Suspend, ani.Status);
        Assert.Equal(CertificateStatus.NotRegistered, budi.Status);
    }

    [Fact]
    public async Task A_broken_users_file_fails_at_start_naming_the_file()
    {
        string file = Path.Combine(_directory, "broken.json");
        await File.WriteAllTextAsync(file, "{ \"users\": [ ");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => BsreEmulator.StartAsync(new EmulatorOptions { Url = new Uri("http://127.0.0.1:0"), UsersFile = file, ConsoleLogging = false }));

        Assert.Contains("broken.json", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
