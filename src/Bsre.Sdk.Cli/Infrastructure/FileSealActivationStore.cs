using System.Globalization;
using System.Text.Json;
using Bsre.Sdk.Client;

namespace Bsre.Sdk.Cli.Infrastructure;

/// <summary>
/// The seal activation of <c>bsre remote seal</c>, kept in a JSON file readable by its owner only, written atomically,
/// with a lock file so concurrent runs share one activation.
/// </summary>
internal sealed class FileSealActivationStore(string path) : ISealActivationStore
{
    public async Task<SealTotp?> GetAsync(string subscriberId, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using JsonDocument json = JsonDocument.Parse(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
            JsonElement root = json.RootElement;
            return root.TryGetProperty("subscriber", out JsonElement id) && id.GetString() == subscriberId && root.TryGetProperty("totp", out JsonElement totp)
                ? new SealTotp { Totp = totp.GetString()!, ExpiresAt = root.TryGetProperty("expires", out JsonElement e) ? Expiry(e.GetString()) : null }
                : null;
        }
        catch (JsonException e)
        {
            throw new CliException(ExitCodes.DataError, $"The --activation-file '{path}' is not a seal activation written by bsre ({e.Message}).");
        }
    }

    public async Task SetAsync(string subscriberId, SealTotp activation, CancellationToken cancellationToken = default)
    {
        await AtomicFile.WriteAsync(path, async stream =>
        {
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(((FileStream)stream).Name, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await using var writer = new Utf8JsonWriter(stream);
            writer.WriteStartObject();
            writer.WriteString("subscriber", subscriberId);
            writer.WriteString("totp", activation.Totp);
            if (activation.ExpiresAt is { } expires)
            {
                writer.WriteString("expires", expires);
            }

            writer.WriteEndObject();
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task RemoveAsync(string subscriberId, CancellationToken cancellationToken = default)
    {
        File.Delete(path);
        return Task.CompletedTask;
    }

    public async Task<IAsyncDisposable> LockAsync(string subscriberId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        DateTime giveUp = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (DateTime.UtcNow < giveUp)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Reads the stored expiry: ISO 8601 as written now, or the gateway's <c>2026-12-04 10:00:00 +0000</c> in files written before.</summary>
    private static DateTimeOffset? Expiry(string? text)
        => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out DateTimeOffset expires) ? expires : null;
}
