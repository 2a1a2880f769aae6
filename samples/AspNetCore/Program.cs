using Bsre.Sdk;
using Bsre.Sdk.Client;
using Bsre.Sdk.Pdf;
using Bsre.Sdk.Pdf.Validation;
using Bsre.Sdk.Samples.AspNetCore;
using Bsre.Sdk.Signing;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Mvc;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

// A minimal API over the SDK:
//   POST /sign        signs an uploaded PDF through a BSrE gateway (section "Bsre": the local emulator by default);
//   POST /sign-local  signs it with a local PKCS#12 key (section "Signing");
//   POST /verify      validates it and answers the JSON report (section "Validation");
//   GET  /health      the gateway's and the TSA's health checks (section "Timestamp": the emulator's TSA by default).
// The SDK's traces and metrics ("Bsre.Sdk", "Bsre.Sdk.Pdf") go to OpenTelemetry's console exporter ("Telemetry:ConsoleExporter").
// Every SDK exception becomes an RFC 9457 problem (BsreExceptionHandler); uploads are limited by "Uploads:MaxRequestBytes".
// For a real gateway set Bsre:BaseAddress to its https URL and keep Bsre:Password in user secrets or the environment.
var builder = WebApplication.CreateBuilder(args);

// One upload limit for the whole request, "Uploads:MaxRequestBytes": Kestrel's own (default 30,000,000 bytes) and the form
// reader's (default 128 MiB) are both set to it, so that the smaller one does not decide by surprise.
builder.Services.AddOptions<KestrelServerOptions>().Configure<IConfiguration>((kestrel, configuration) => kestrel.Limits.MaxRequestBodySize = Uploads.MaxRequestBytes(configuration));
builder.Services.AddOptions<FormOptions>().Configure<IConfiguration>((form, configuration) => form.MultipartBodyLengthLimit = Uploads.MaxRequestBytes(configuration));
builder.Services.Configure<RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true); // bad and oversized uploads reach the handler
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<BsreExceptionHandler>();

builder.Services.AddBsreClient(builder.Configuration.GetSection(BsreClientOptions.DefaultSectionName));
builder.Services.AddSingleton<Signer>(_ => LocalSigner.FromPkcs12File(
    Required(builder.Configuration, "Signing:Pkcs12Path"), File.ReadAllText(Required(builder.Configuration, "Signing:PasswordFile")).Trim()));
builder.Services.AddBsrePadesSigner();
builder.Services.AddBsrePadesValidation(options => options.TrustAnchors.AddRange(CertificateFiles.Load(Required(builder.Configuration, "Validation:TrustAnchors"))));
builder.Services.AddBsreTimestampClient(options => options.Url = new Uri(Required(builder.Configuration, "Timestamp:Url")));

// Health: one gateway status call and one timestamp per probe (a TSA has no status endpoint: probe every few minutes).
builder.Services.AddHealthChecks()
    .AddCheck<BsreGatewayHealthCheck>("bsre-gateway")
    .AddCheck<TimestampAuthorityHealthCheck>("bsre-tsa");

// Telemetry: the SDK's activity sources and meters, exported to the console (swap in OTLP for a collector).
if (builder.Configuration.GetValue("Telemetry:ConsoleExporter", true))
{
    builder.Services.AddOpenTelemetry()
        .WithTracing(tracing => tracing.AddSource(BsreTelemetry.Name, BsrePdfTelemetry.Name).AddConsoleExporter())
        .WithMetrics(metrics => metrics.AddMeter(BsreTelemetry.Name, BsrePdfTelemetry.Name).AddConsoleExporter());
}

var app = builder.Build();
_ = app.Services.GetRequiredService<Signer>(); // a missing or wrong key file stops the app now, not at the first request
app.UseExceptionHandler();

// A request that announces a body over the limit gets its 413 problem before anything is read: Kestrel's own 413 (thrown
// while the form is read) is sent with an empty body, whatever the exception handler writes.
app.Use(async (context, next) =>
{
    if (context.Request.ContentLength > Uploads.MaxRequestBytes(app.Configuration))
    {
        throw new Microsoft.AspNetCore.Http.BadHttpRequestException("The request body is larger than the upload limit.", StatusCodes.Status413PayloadTooLarge);
    }

    await next(context);
});

// POST /sign (multipart/form-data: file = the PDF, nik, passphrase): the PDF signed by the gateway.
app.MapPost("/sign", async (IFormFile file, [FromForm] string nik, [FromForm] string passphrase, BsreClient bsre, HttpContext context, CancellationToken cancellationToken) =>
{
    await using Stream upload = file.OpenReadStream();
    SignedDocument signed = await bsre.SignV1Async(new SignV1Request { Nik = nik, Passphrase = passphrase, Document = upload, FileName = file.FileName }, cancellationToken);
    context.Response.RegisterForDisposeAsync(signed);
    if (signed.DocumentId is { } id)
    {
        context.Response.Headers["X-Document-Id"] = id;
    }

    return Results.Stream(signed.Content, "application/pdf", $"signed-{Path.GetFileName(file.FileName)}");
})
.DisableAntiforgery(); // a server-to-server API without cookies: no antiforgery token to check

// POST /sign-local (multipart/form-data: file = the PDF): the PDF signed PAdES-B-B with the local key. It is signed into a
// temporary file first, so an error is still a problem response and memory does not grow with the document.
app.MapPost("/sign-local", async (IFormFile file, PadesSigner signer, CancellationToken cancellationToken) =>
{
    var signed = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
    try
    {
        await using Stream upload = file.OpenReadStream();
        await signer.SignAsync(upload, signed, new PadesSignatureOptions { Reason = "Disetujui" }, cancellationToken);
        signed.Position = 0;
        return Results.Stream(signed, "application/pdf", $"signed-{Path.GetFileName(file.FileName)}"); // disposes (deletes) it when sent
    }
    catch
    {
        await signed.DisposeAsync();
        throw;
    }
})
.DisableAntiforgery();

// POST /verify (multipart/form-data: file = the PDF): the validation report as JSON, written asynchronously.
app.MapPost("/verify", async (IFormFile file, PadesValidator validator, CancellationToken cancellationToken) =>
{
    await using Stream upload = file.OpenReadStream();
    ValidationReport report = await validator.ValidateAsync(upload, Path.GetFileName(file.FileName), cancellationToken: cancellationToken);
    return Results.Stream(body => report.WriteJsonAsync(body, cancellationToken), "application/json");
})
.DisableAntiforgery();

// POST /status (form: nik): the signer's certificate status; only ISSUE can sign.
app.MapPost("/status", async ([FromForm] string nik, BsreClient bsre, CancellationToken cancellationToken) =>
{
    UserStatusResult status = await bsre.GetUserStatusAsync(SignerId.FromNik(nik), cancellationToken);
    return Results.Ok(new { status = status.RawStatus, canSign = status.CanSign });
})
.DisableAntiforgery();

// GET /health: "Healthy" or "Unhealthy" (HTTP 503), from the gateway and TSA checks.
app.MapHealthChecks("/health");

app.Run();

static string Required(IConfiguration configuration, string key) =>
    configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"Configuration value '{key}' is required (see samples/AspNetCore/README.md).");

/// <summary>The sample's upload limit.</summary>
internal static class Uploads
{
    /// <summary>Kestrel's default request body limit; BSrE publishes none (see docs/aspnetcore.md).</summary>
    public const long DefaultMaxRequestBytes = 30_000_000;

    public static long MaxRequestBytes(IConfiguration configuration) => configuration.GetValue("Uploads:MaxRequestBytes", DefaultMaxRequestBytes);
}
