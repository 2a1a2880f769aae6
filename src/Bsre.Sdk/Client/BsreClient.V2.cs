using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Bsre.Sdk.Client;
using Bsre.Sdk.Client.Internal;
using Bsre.Sdk.Internal;

namespace Bsre.Sdk;

/// <content>API v2: JSON signing of several files with a passphrase or TOTP, TOTP requests, verify, status, registration, chain.</content>
public partial class BsreClient
{
    /// <summary>Signs one or more PDFs through <c>POST /api/v2/sign/pdf</c>. Sent once, never retried.</summary>
    /// <param name="request">The signer, passphrase or TOTP, and the documents with their properties.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The signed PDFs in request order.</returns>
    /// <exception cref="BsreException">The gateway refused (e.g. <see cref="BsreErrorCode.InvalidPassphrase"/>) or failed.</exception>
    public virtual Task<SignResult> SignAsync(SignRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Signer);
        ArgumentNullException.ThrowIfNull(request.Secret);
        var documents = RequireDocuments(request.Documents, nameof(request));
        var call = new GatewayCall { Operation = "v2 sign", Signs = true, Redactor = Redact(request.Signer, request.Secret.Value, documents) };
        return SignFilesAsync(call, "api/v2/sign/pdf", documents, writer =>
        {
            V2Json.Signer(writer, request.Signer);
            writer.WriteString(request.Secret.IsTotp ? "totp" : "passphrase", request.Secret.Value);
        }, cancellationToken);
    }

    /// <summary>Has the gateway e-mail the signer a TOTP for signing, through <c>POST /api/v2/sign/get/totp</c>.</summary>
    /// <param name="signer">The signer (NIK or e-mail).</param>
    /// <param name="fileCount">How many files will be signed with the TOTP.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's acknowledgement.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<GatewayMessage> RequestTotpAsync(SignerId signer, int fileCount = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        ArgumentOutOfRangeException.ThrowIfLessThan(fileCount, 1);
        var call = new GatewayCall { Operation = "v2 request TOTP", Redactor = Redact(signer) };
        return PostJsonAsync(call, "api/v2/sign/get/totp", writer =>
        {
            V2Json.Signer(writer, signer);
            writer.WriteNumber("data", fileCount);
        }, ResultParsers.Message, cancellationToken);
    }

    /// <summary>Has the gateway verify a PDF through <c>POST /api/v2/verify/pdf</c>.</summary>
    /// <param name="document">The PDF; retried only when the stream can seek.</param>
    /// <param name="pdfPassword">The password of an encrypted PDF, or <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's verdict, with the API's misspelt fields mapped to proper names.</returns>
    /// <exception cref="BsreException">The gateway failed or answered something unusable.</exception>
    public virtual Task<VerificationResult> VerifyAsync(Stream document, string? pdfPassword = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        long start = document.CanSeek ? document.Position : 0;
        var call = new GatewayCall { Operation = "v2 verify", Idempotent = document.CanSeek, Redactor = new Redactor([pdfPassword]) };
        return SendAsync(call, CreateRequest, ReadJson(VerificationParser.V2), cancellationToken);

        HttpRequestMessage CreateRequest()
        {
            if (document.CanSeek)
            {
                document.Position = start;
            }

            var content = new Base64JsonContent(
                writer =>
                {
                    if (pdfPassword is not null)
                    {
                        writer.WriteString("password", pdfPassword);
                    }
                },
                [document],
                singleFile: true);
            return new HttpRequestMessage(HttpMethod.Post, Url("api/v2/verify/pdf")) { Content = content };
        }
    }

    /// <summary>Reads a signer's certificate status through <c>POST /api/v2/user/check/status</c>.</summary>
    /// <param name="signer">The signer (NIK or e-mail).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The status; only <see cref="CertificateStatus.Issue"/> can sign.</returns>
    /// <exception cref="BsreException">The gateway failed or answered something unusable.</exception>
    public virtual Task<UserStatusResult> GetUserStatusAsync(SignerId signer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signer);
        var call = new GatewayCall { Operation = "v2 user status", Idempotent = true, Redactor = Redact(signer) };
        return SendAsync(call, () => Post("api/v2/user/check/status", V2Json.Small(writer => V2Json.Signer(writer, signer))), ReadStatus, cancellationToken);
    }

    /// <summary>Checks the signer's status and throws unless the certificate can sign (status ISSUE).</summary>
    /// <param name="signer">The signer (NIK or e-mail).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="BsreException"><see cref="BsreErrorCode.CertificateNotActive"/> with the status, <see cref="BsreErrorCode.UserNotRegistered"/>, or a gateway failure.</exception>
    public virtual async Task EnsureCanSignAsync(SignerId signer, CancellationToken cancellationToken = default)
    {
        UserStatusResult status = await GetUserStatusAsync(signer, cancellationToken).ConfigureAwait(false);
        if (!status.CanSign)
        {
            var context = new ResponseContext(new GatewayCall { Operation = "v2 user status" }, "-", null, 0, null);
            throw status.Status == CertificateStatus.NotRegistered
                ? context.Fail(BsreErrorCode.UserNotRegistered, "the signer is not registered with BSrE on this gateway")
                : context.Fail(BsreErrorCode.CertificateNotActive, $"the signer's certificate is not active (status {status}); only ISSUE can sign", certificateStatus: status.Status);
        }
    }

    /// <summary>Enrols a new user through <c>POST /api/v2/user/registration</c>.</summary>
    /// <param name="registration">The user's name and e-mail, and the institution data if the gateway needs it.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The gateway's acknowledgement.</returns>
    /// <exception cref="BsreException">The gateway refused or failed.</exception>
    public virtual Task<GatewayMessage> RegisterUserAsync(UserRegistration registration, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var call = new GatewayCall { Operation = "v2 user registration", Redactor = new Redactor([registration.Email]) };
        return PostJsonAsync(call, "api/v2/user/registration", writer =>
        {
            writer.WriteString("nama", registration.Name);
            writer.WriteString("email", registration.Email);
            if (registration.InstitutionOid is { } institution)
            {
                writer.WriteString("oid_instansi", ObjectIdentifiers.Dotted(institution, "UserRegistration.InstitutionOid", nameof(registration)));
            }

            if (registration.RecommendationLetter is { } letter)
            {
                writer.WriteBase64String("suratRekomendasiBase64", letter.Span);
            }
        }, ResultParsers.Message, cancellationToken);
    }

    /// <summary>Reads a signer's certificate chain through <c>GET /api/v2/user/certificate/chain/{nik}</c>.</summary>
    /// <param name="nik">The signer's NIK.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The certificates found in the answer, in the gateway's order (leaf first).</returns>
    /// <exception cref="BsreException">The gateway failed or answered without certificates.</exception>
    public virtual Task<IReadOnlyList<X509Certificate2>> GetCertificateChainAsync(string nik, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nik);
        var call = new GatewayCall { Operation = "v2 certificate chain", Idempotent = true, Redactor = new Redactor([nik]) };
        return SendAsync(
            call,
            () => new HttpRequestMessage(HttpMethod.Get, Url($"api/v2/user/certificate/chain/{Uri.EscapeDataString(nik)}")),
            async (response, context, token) =>
            {
                using JsonDocument json = await JsonResponses.ReadAsync(response, context, token).ConfigureAwait(false);
                return ResultParsers.CertificateChain(context, json.RootElement);
            },
            cancellationToken);
    }

    private static List<SignDocument> RequireDocuments(IList<SignDocument> documents, string parameter)
    {
        ArgumentNullException.ThrowIfNull(documents, parameter);
        return documents.Count > 0 ? documents.ToList() : throw new ArgumentException("At least one document is required.", parameter);
    }

    private static Redactor Redact(SignerId signer, string? secret = null, IEnumerable<SignDocument>? documents = null) =>
        new([signer.Value, secret, .. documents?.Select(d => d.Properties.PdfPassword) ?? []]);

    private HttpRequestMessage Post(string path, HttpContent content) => new(HttpMethod.Post, Url(path)) { Content = content };

    private Task<T> PostJsonAsync<T>(GatewayCall call, string path, Action<Utf8JsonWriter> writeProperties, Func<JsonElement, T> map, CancellationToken cancellationToken) =>
        SendAsync(call, () => Post(path, V2Json.Small(writeProperties)), ReadJson(map), cancellationToken);

    private async Task<SignResult> SignFilesAsync(GatewayCall call, string path, List<SignDocument> documents, Action<Utf8JsonWriter> writeIdentity, CancellationToken cancellationToken)
    {
        foreach (SignDocument document in documents)
        {
            AnchorRule.Check(call.Operation, document.Properties.AnchorText, _options.AllowMultiCharacterAnchors);
        }

        var owned = new List<IAsyncDisposable>();
        try
        {
            for (int i = 0; i < documents.Count; i++)
            {
                SignatureProperties properties = documents[i].Properties;
                Stream pdf = await CheckBeforeSigningAsync(documents[i].Content, properties.AnchorText, properties.PdfPassword, owned, cancellationToken).ConfigureAwait(false);
                documents[i] = pdf == documents[i].Content ? documents[i] : new SignDocument(pdf, properties);
            }

            long started = Stopwatch.GetTimestamp();
            SignResult result = await SendAsync(call, CreateRequest, ReadSigned, cancellationToken).ConfigureAwait(false);
            long elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            Log.DocumentsSigned(_logger, call.Operation, result.Documents.Count, null, elapsedMs);
            var verified = new List<SignedDocument>(result.Documents.Count);
            foreach (SignedDocument document in result.Documents)
            {
                verified.Add(await VerifySignedAsync(document, cancellationToken).ConfigureAwait(false));
            }

            return new SignResult { Documents = verified, Time = result.Time };
        }
        finally
        {
            foreach (IAsyncDisposable spooled in owned)
            {
                await spooled.DisposeAsync().ConfigureAwait(false);
            }
        }

        HttpRequestMessage CreateRequest() => Post(path, new Base64JsonContent(
            writer =>
            {
                writeIdentity(writer);
                V2Json.Documents(writer, documents);
            },
            documents.Select(d => d.Content).ToArray()));

        async Task<SignResult> ReadSigned(HttpResponseMessage response, ResponseContext context, CancellationToken token)
        {
            ArraySegment<byte> body = await JsonResponses.ReadBodyAsync(response, context, token).ConfigureAwait(false);
            string? time;
            using (JsonDocument json = JsonResponses.Parse(context, body))
            {
                time = JsonValues.String(json.RootElement, "time");
            }

            List<SignedDocument> signed = SignedFilesReader.Decode(context, body, "file", null);
            return signed.Count == documents.Count
                ? new SignResult { Documents = signed, Time = time }
                : throw context.Fail(BsreErrorCode.InvalidResponse, $"the gateway returned {signed.Count} file(s) for {documents.Count} sent");
        }
    }
}
