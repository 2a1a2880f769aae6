using System.Globalization;
using Bsre.Sdk.Pdf.Placement;
using Bsre.Sdk.Pdf.Raw;
using Bsre.Sdk.Signing;

namespace Bsre.Sdk.Pdf.Signing;

/// <summary>
/// One signature or document timestamp as explicit stages, the shape of pyHanko's PdfSigner → PdfTBSDocument:
/// <see cref="PrepareAsync"/> plans the revision with a /Contents gap of fixed capacity, <see cref="DigestAsync"/>
/// hashes the ByteRange, <see cref="EmbedAsync"/> writes the input, the revision and the value, and
/// <see cref="ExtendAsync"/> adds B-LT/B-LTA validation data on the same clock. One-call signing
/// (<see cref="SignAsync"/>), two-phase signing, document timestamps and LTV signing all run through it.
/// Nothing is written to the output before <see cref="EmbedAsync"/>, and a value that does not fit is refused there.
/// </summary>
internal sealed class PdfSigningSession : IAsyncDisposable
{
    private readonly SeekableInput _source;
    private readonly RevisionPlan _plan;

    private PdfSigningSession(SeekableInput source, RevisionPlan plan, PreparedRevision revision)
    {
        _source = source;
        _plan = plan;
        Revision = revision;
    }

    /// <summary>Gets the planned revision: its ByteRange is final, its /Contents gap awaits the value.</summary>
    public PreparedRevision Revision { get; }

    /// <summary>
    /// Runs every stage for one signature: prepare, digest, one call to <paramref name="contents"/>, embed, and extend with
    /// <paramref name="extender"/> (on the plan's clock) when the plan asks for B-LT or B-LTA.
    /// </summary>
    public static async Task SignAsync(Stream input, Stream output, RevisionPlan plan, SignatureContents contents, PadesExtender? extender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        SignatureLevel level = plan.Signature?.Level ?? SignatureLevel.BaselineB;
        if (level is SignatureLevel.BaselineB or SignatureLevel.BaselineT)
        {
            await SignOnceAsync(input, output, plan, contents, cancellationToken).ConfigureAwait(false);
            return;
        }

        await using var signed = TemporaryFile.Create();
        await SignOnceAsync(input, signed, plan, contents, cancellationToken).ConfigureAwait(false);
        await ExtendAsync(signed, output, plan, extender!, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Stage 1: opens the input (a forward-only one is copied to a temporary file) and plans the revision with <paramref name="capacity"/> bytes of /Contents.</summary>
    /// <exception cref="PdfPasswordException">The input is encrypted and the plan's password does not open it, or its permissions forbid signing.</exception>
    public static async Task<PdfSigningSession> PrepareAsync(Stream input, RevisionPlan plan, int capacity, CancellationToken cancellationToken)
    {
        if (capacity is <= 0 or > SignatureContents.MaxCapacity)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), $"The /Contents size must be between 1 and {SignatureContents.MaxCapacity} bytes.");
        }

        SeekableInput source = await SeekableInput.OpenAsync(input, cancellationToken).ConfigureAwait(false);
        try
        {
            return new PdfSigningSession(source, plan, Plan(PdfFile.Open(source.Stream, plan.PdfPassword.Span), plan, capacity));
        }
        catch
        {
            await source.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Stage 2: the digest of the ByteRange, in the plan's algorithm.</summary>
    public Task<byte[]> DigestAsync(CancellationToken cancellationToken) => Revision.DigestAsync(_source.Stream, _plan.HashAlgorithm, cancellationToken);

    /// <summary>Stage 3: writes the input, then the revision with <paramref name="value"/> in /Contents (empty for a prepared document).</summary>
    /// <exception cref="DocumentLimitException">The value is larger than the capacity reserved at <see cref="PrepareAsync"/>; nothing was written.</exception>
    public Task EmbedAsync(Stream output, ReadOnlyMemory<byte> value, string capacityOption, CancellationToken cancellationToken)
    {
        if (value.Length > Revision.ContentsCapacity)
        {
            throw new DocumentLimitException(capacityOption, Revision.ContentsCapacity, string.Create(
                CultureInfo.InvariantCulture,
                $"the signature is {value.Length} bytes and does not fit the /Contents reserved for it; nothing was written and the key was not asked again: set {capacityOption} to at least {value.Length}"));
        }

        return Revision.WriteAsync(_source.Stream, output, value, cancellationToken);
    }

    /// <summary>Stage 4: extends the signed document to the plan's B-LT or B-LTA with the signer's extender (on the same clock).</summary>
    public static Task ExtendAsync(Stream signed, Stream output, RevisionPlan plan, PadesExtender extender, CancellationToken cancellationToken)
    {
        PadesSignatureOptions options = plan.Signature ?? throw new InvalidOperationException("Only a signature is extended.");
        return extender.ExtendAsync(signed, output, options.Level, options.TimestampClient, options.ExtraCertificates, plan.PdfPassword, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private static async Task SignOnceAsync(Stream input, Stream output, RevisionPlan plan, SignatureContents contents, CancellationToken cancellationToken)
    {
        await using PdfSigningSession session = await PrepareAsync(input, plan, contents.Capacity, cancellationToken).ConfigureAwait(false);
        byte[] digest = await session.DigestAsync(cancellationToken).ConfigureAwait(false);
        byte[] value = await contents.CreateAsync(digest, cancellationToken).ConfigureAwait(false);
        await session.EmbedAsync(output, value, contents.CapacityOption, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds the revision with a /Contents gap of <paramref name="capacity"/> bytes.</summary>
    private static PreparedRevision Plan(PdfFile file, RevisionPlan plan, int capacity)
    {
        file.Security?.EnsureMaySign();
        if (plan.IsSignature)
        {
            DocMdpGuard.EnsureSignable(file);
        }

        var update = new IncrementalUpdate(file);
        PdfReference signature = update.Reserve();
        new SignatureFieldEditor(update).Apply(plan.Field(new RawPageGeometry(file)), signature);
        plan.ApplyExtra(update, signature);
        SignatureDictionaryBytes dictionary = SignatureDictionaryBuilder.Build((PdfDictionary)update.Encrypted(signature, plan.Entries), capacity);
        update.Set(signature, new PdfRawObject(dictionary.Bytes));
        PdfRevision revision = update.Build();
        long start = revision.Offsets[signature.Number] + string.Create(CultureInfo.InvariantCulture, $"{signature.Number} 0 obj\n").Length;
        return new PreparedRevision(revision, start + dictionary.ContentsAt, start + dictionary.ByteRangeAt, capacity);
    }
}
