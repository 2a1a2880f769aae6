using Bsre.Sdk;
using Bsre.Sdk.Client;
using Bsre.Sdk.Samples.AspNetCore;
using Microsoft.AspNetCore.Mvc;

// A minimal API that signs an uploaded PDF through a BSrE gateway. The "Bsre" section of appsettings.json points at the
// local emulator (bsre emulator --urls http://127.0.0.1:5080); for a real gateway set Bsre:BaseAddress to its https URL
// and keep Bsre:Password in user secrets or the environment (Bsre__Password), never in the file.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddProblemDetails();
builder.Services.AddBsreClient(builder.Configuration.GetSection(BsreClientOptions.DefaultSectionName));

var app = builder.Build();
app.UseExceptionHandler();

// POST /sign (multipart/form-data: file = the PDF, nik, passphrase): returns the signed PDF.
app.MapPost("/sign", async (IFormFile file, [FromForm] string nik, [FromForm] string passphrase, BsreClient bsre, HttpContext context, CancellationToken cancellationToken) =>
{
    await using Stream upload = file.OpenReadStream();
    try
    {
        SignedDocument signed = await bsre.SignV1Async(new SignV1Request { Nik = nik, Passphrase = passphrase, Document = upload, FileName = file.FileName }, cancellationToken);
        context.Response.RegisterForDisposeAsync(signed);
        if (signed.DocumentId is { } id)
        {
            context.Response.Headers["X-Document-Id"] = id;
        }

        return Results.Stream(signed.Content, "application/pdf", $"signed-{Path.GetFileName(file.FileName)}");
    }
    catch (BsreException e)
    {
        return GatewayProblem.From(e);
    }
})
.DisableAntiforgery(); // a server-to-server API without cookies: no antiforgery token to check

// POST /status (form: nik): the signer's certificate status; only ISSUE can sign.
app.MapPost("/status", async ([FromForm] string nik, BsreClient bsre, CancellationToken cancellationToken) =>
{
    try
    {
        UserStatusResult status = await bsre.GetUserStatusAsync(SignerId.FromNik(nik), cancellationToken);
        return Results.Ok(new { status = status.RawStatus, canSign = status.CanSign });
    }
    catch (BsreException e)
    {
        return GatewayProblem.From(e);
    }
})
.DisableAntiforgery();

app.Run();
