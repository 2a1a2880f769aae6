using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Bsre.Sdk.Testing.Emulator.Internal;

/// <summary>Requires the configured Basic credentials on every <c>/api</c> request; answers 401 otherwise.</summary>
internal sealed class BasicAuthentication
{
    private readonly byte[] _expected;

    public BasicAuthentication(string username, string password) => _expected = Encoding.UTF8.GetBytes($"{username}:{password}");

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.Request.Path.StartsWithSegments("/api") && !Authorized(context.Request.Headers.Authorization.ToString()))
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"esign\"";
            await GatewayResults.Error("Unauthorized", StatusCodes.Status401Unauthorized).ExecuteAsync(context).ConfigureAwait(false);
            return;
        }

        await next(context).ConfigureAwait(false);
    }

    private bool Authorized(string header)
    {
        if (!AuthenticationHeaderValue.TryParse(header, out var value) || !string.Equals(value.Scheme, "Basic", StringComparison.OrdinalIgnoreCase) || value.Parameter is null)
        {
            return false;
        }

        try
        {
            return CryptographicOperations.FixedTimeEquals(Convert.FromBase64String(value.Parameter), _expected);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
