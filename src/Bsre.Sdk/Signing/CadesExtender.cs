using System.Security.Cryptography;
using Bsre.Sdk.Cms;
using Bsre.Sdk.Diagnostics;
using Bsre.Sdk.Internal;
using Bsre.Sdk.Timestamping;
using Bsre.Sdk.Validation;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Org.BouncyCastle.Cms;

namespace Bsre.Sdk.Signing;

/// <summary>
/// Raises existing CMS/CAdES signatures to a higher baseline level: B-T (a signature timestamp),
/// B-LT (the certificates and revocation data of the signer's and the TSA's paths) or B-LTA (an
/// archive-time-stamp-v3; extending a B-LTA signature to B-LTA again renews it). Nothing the signer
/// signed changes: only unsigned attributes and the SignedData certificates and crls are added.
/// </summary>
/// <example>
/// <code>
/// var extender = new CadesExtender(httpClient);
/// await using var signature = File.OpenRead("contract.p7s");
/// await using var content = File.OpenRead("contract.pdf");
/// await using var output = File.Create("contract-lta.p7s");
/// await extender.ExtendAsync(signature, output, new CadesExtensionOptions { Level = SignatureLevel.BaselineLTA, TimestampClient = tsa }, content);
/// </code>
/// </example>
public sealed class CadesExtender
{
    private readonly HttpClient? _httpClient;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;

    /// <summary>Creates an extender.</summary>
    /// <param name="httpClient">The client for OCSP and CRL fetches of B-LT and B-LTA; <see langword="null"/> uses one shared by the process.</param>
    /// <param name="timeProvider">The clock the revocation data is checked against; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Creates the logger (event ids 2000-2999); <see langword="null"/> for none.</param>
    public CadesExtender(HttpClient? httpClient = null, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
    {
        _httpClient = httpClient;
        _clock = timeProvider ?? TimeProvider.System;
        _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<CadesExtender>();
    }

    /// <summary>Extends every SignerInfo of a CMS signature and writes the result.</summary>
    /// <param name="signature">The CMS (DER or BER). When it carries its content, the content is streamed through a temporary file.</param>
    /// <param name="output">Receives the extended CMS (DER).</param>
    /// <param name="options">The level to reach and the TSA.</param>
    /// <param name="detachedContent">The signed content of a detached signature; <see langword="null"/> when the signature carries it.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>A task that completes when the output is written.</returns>
    /// <exception cref="DocumentFormatException">The input is not CMS SignedData, or it lacks what the extension needs (the signing certificate, the content).</exception>
    /// <exception cref="TimestampException">The TSA failed.</exception>
    /// <exception cref="ValidationDataException">Revocation data could not be obtained, or a certificate is revoked.</exception>
    /// <exception cref="InvalidOperationException">A signature timestamp is missing and <see cref="CadesExtensionOptions.TimestampClient"/> is not set.</exception>
    public async Task ExtendAsync(Stream signature, Stream output, CadesExtensionOptions options, Stream? detachedContent = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signature);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Level < SignatureLevel.BaselineT)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Level, "CadesExtensionOptions.Level: extension is to B-T, B-LT or B-LTA.");
        }

        if (options.Level == SignatureLevel.BaselineLTA && options.TimestampClient is null)
        {
            throw new ArgumentException("B-LTA needs CadesExtensionOptions.TimestampClient for the archive timestamp.", nameof(options));
        }

        try
        {
            await ExtendCoreAsync(signature, output, options, detachedContent, cancellationToken).ConfigureAwait(false);
            CmsLog.SignatureExtended(_logger, options.Level);
        }
        catch (Exception e)
        {
            CmsLog.ExtensionFailed(_logger, options.Level, e.GetType().Name, e);
            throw;
        }
    }

    private async Task ExtendCoreAsync(Stream signature, Stream output, CadesExtensionOptions options, Stream? detachedContent, CancellationToken cancellationToken)
    {
        await using var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, StreamHasher.ChunkSize, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        (SignedDataParts parts, Dictionary<string, byte[]> digests, bool attached) = await ReadAsync(signature, detachedContent, spool, cancellationToken).ConfigureAwait(false);

        var collector = new ValidationDataCollector(_httpClient, _clock);
        await new SignedDataExtension(options.Level, options.TimestampClient, collector).ExtendAsync(parts, digests, cancellationToken).ConfigureAwait(false);

        SignedDataWriter writer = parts.Writer();
        if (!attached)
        {
            await output.WriteAsync(writer.EncodeDetached(), cancellationToken).ConfigureAwait(false);
            return;
        }

        spool.Position = 0;
        await writer.WriteAttachedAsync(spool, spool.Length, output, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<(SignedDataParts Parts, Dictionary<string, byte[]> Digests, bool Attached)> ReadAsync(
        Stream signature, Stream? detachedContent, Stream spool, CancellationToken cancellationToken)
    {
        try
        {
            using var parser = new CmsSignedDataParser(signature);
            HashAlgorithmName[] algorithms = [.. parser.DigestOids
                .Select(oid => HashAlgorithms.TryFromOid(new Org.BouncyCastle.Asn1.DerObjectIdentifier(oid), out HashAlgorithmName name) ? name : default)
                .Where(name => name.Name is not null).Distinct()];
            Stream? attached = parser.GetSignedContent()?.ContentStream;
            Stream content = spool;
            if (attached is null)
            {
                content = detachedContent ?? throw new DocumentFormatException("The signature is detached: give the signed content to extend it.");
            }
            else
            {
                await attached.CopyToAsync(spool, StreamHasher.ChunkSize, cancellationToken).ConfigureAwait(false);
                spool.Position = 0;
            }

            byte[][] values = await StreamHasher.HashAsync(content, algorithms, cancellationToken).ConfigureAwait(false);
            var digests = algorithms.Select(a => HashAlgorithms.ToOid(a).Id).Zip(values).ToDictionary(p => p.First, p => p.Second);
            return (new SignedDataParts(parser), digests, attached is not null);
        }
        catch (Exception e) when (CmsParseErrors.Is(e))
        {
            throw new DocumentFormatException($"The signature is not valid CMS SignedData: {e.Message}", e);
        }
    }
}
