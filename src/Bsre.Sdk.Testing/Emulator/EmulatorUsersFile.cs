using System.Text.Json;
using Bsre.Sdk.Testing.Emulator.Internal;

namespace Bsre.Sdk.Testing.Emulator;

/// <summary>The users JSON file: <c>{ "users": [ { "nik", "email", "name", "passphrase", "status" } ], "sealSubscribers": [ ... ] }</c>.</summary>
public sealed class EmulatorUsersFile
{
    /// <summary>Gets or sets the signer accounts.</summary>
    public IList<EmulatorUser> Users { get; set; } = [];

    /// <summary>Gets or sets the seal subscribers.</summary>
    public IList<SealSubscriber> SealSubscribers { get; set; } = [];

    /// <summary>Reads a users file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <exception cref="InvalidDataException">The file is not valid users JSON.</exception>
    public static EmulatorUsersFile Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), EmulatorJson.Default.EmulatorUsersFile) ?? new EmulatorUsersFile();
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"The emulator users file '{path}' is not valid JSON: {e.Message}", e);
        }
    }
}
