using System.Security.Cryptography.X509Certificates;
using Bsre.Sdk.Validation.Revocation;

namespace Bsre.Sdk.Validation;

/// <summary>
/// Builds and checks certificate paths to the configured trust anchors at a given time (RFC 5280): chaining by
/// name and AKI/SKI with alternatives tried, the §6.1 checks through BouncyCastle's PKIX validator, the
/// target's key usage, AIA caIssuers fetching of missing intermediates (never offline), and revocation of every
/// certificate through <see cref="IRevocationChecker"/>. Failures map to EN 319 102-1 subindications.
/// </summary>
internal sealed class CertificatePathValidator
{
    /// <summary>The most complete candidate paths checked per validation.</summary>
    private const int MaxCandidatePaths = 16;

    /// <summary>The most rounds of AIA fetching per validation (one per missing level of the hierarchy).</summary>
    private const int MaxFetchRounds = 4;

    private readonly SignatureValidationOptions _options;
    private readonly IRevocationChecker? _revocation;
    private readonly IssuerFetcher? _fetcher;
    private readonly PolicyInputs? _policies;
    private readonly PathCache _cache;
    private readonly bool _findCrlIssuers;
    private readonly X509Certificate2Collection _anchors;

    /// <summary>Creates a validator.</summary>
    /// <param name="options">Trust anchors, extra certificates, accepted policies, offline mode.</param>
    /// <param name="revocation">Checks each certificate's revocation status; <see langword="null"/> skips revocation.</param>
    /// <param name="httpClient">Fetches missing issuers from AIA caIssuers URLs; <see langword="null"/> never fetches.</param>
    /// <param name="policies">
    /// RFC 5280 policy inputs for every path; by default those of <see cref="PolicyInputs.For"/> for signing
    /// certificates and none for other usages.
    /// </param>
    /// <param name="cache">The path cache; by default <see cref="PathCache.Shared"/>.</param>
    public CertificatePathValidator(SignatureValidationOptions options, IRevocationChecker? revocation, HttpClient? httpClient, PolicyInputs? policies = null, PathCache? cache = null)
        : this(options, revocation, httpClient, policies, cache, findCrlIssuers: true, anchors: null)
    {
    }

    private CertificatePathValidator(
        SignatureValidationOptions options, IRevocationChecker? revocation, HttpClient? httpClient, PolicyInputs? policies, PathCache? cache, bool findCrlIssuers, X509Certificate2Collection? anchors)
    {
        ArgumentNullException.ThrowIfNull(options);
        _anchors = anchors ?? options.TrustAnchors;
        _options = options;
        _revocation = revocation;
        _fetcher = httpClient is null ? null : new IssuerFetcher(httpClient, options.Revocation.Timeout);
        _policies = policies;
        _cache = cache ?? PathCache.Shared;
        _findCrlIssuers = findCrlIssuers;
    }

    /// <summary>Validates the path of <paramref name="target"/> at <paramref name="time"/>.</summary>
    /// <param name="target">The certificate to validate.</param>
    /// <param name="candidates">Certificates that may be intermediates (embedded in the signature or token).</param>
    /// <param name="time">The time the path must be valid at: now, a given time, or a time proven by a timestamp.</param>
    /// <param name="usage">What the target is used for; decides its key usage checks (and policies for signatures).</param>
    /// <param name="evidence">Revocation data at hand, given to the revocation checker.</param>
    /// <param name="cancellationToken">Cancels fetches.</param>
    public async Task<PathValidationResult> ValidateAsync(
        X509Certificate2 target, IReadOnlyCollection<X509Certificate2> candidates, DateTimeOffset time, CertificateUsage usage, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(evidence);
        PolicyInputs policies = _policies ?? (usage == CertificateUsage.Signature ? PolicyInputs.For(_options) : PolicyInputs.None);
        string key = PathCache.Key(target, _anchors, usage, policies);
        CrlIssuerFinder? crlIssuers = _revocation is null || !_findCrlIssuers ? null : new CrlIssuerFinder(
            _anchors.Concat(_options.ExtraCertificates).Concat(candidates),
            (issuer, anchor, ct) => IsCrlIssuerAsync(issuer, anchor, candidates, time, evidence, ct));
        PathCertificate[]? known = _cache.TryGet(key, time);
        if (known is not null)
        {
            PathCertificate[] cached = [known[0].With(target), .. known[1..]];
            var (chain, failure) = await PathRevocation.CheckAsync(_revocation, cached, usage, time, evidence, crlIssuers, cancellationToken).ConfigureAwait(false);
            if (failure is null)
            {
                return new PathValidationResult(chain, ValidationIndication.TotalPassed, null, []);
            }
        }

        return await BuildAsync(target, candidates, time, usage, policies, key, known, evidence, crlIssuers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Builds and checks candidate paths; <paramref name="known"/> is the cached path that already passed the RFC 5280
    /// checks in this validity window (its revocation failed), so meeting it again skips those checks, not its revocation.</summary>
    private async Task<PathValidationResult> BuildAsync(
        X509Certificate2 target, IReadOnlyCollection<X509Certificate2> candidates, DateTimeOffset time, CertificateUsage usage, PolicyInputs policies, string key,
        PathCertificate[]? known, RevocationEvidence evidence, CrlIssuerFinder? crlIssuers, CancellationToken cancellationToken)
    {
        var pool = new CertificatePool(_anchors, _options.ExtraCertificates.Concat(candidates));
        if (PathCertificate.TryCreate(target) is not { } start)
        {
            return Indeterminate([new CertificateInfo(target)], new PathFailure(SubIndication.CertificateChainGeneralFailure, $"{PathMessages.Capitalize(PathMessages.TargetRole(usage))} '{target.Subject}' cannot be parsed."));
        }

        var fetchErrors = new List<string>();
        var tried = new HashSet<string>(StringComparer.Ordinal);
        bool fetch = _fetcher is not null && _options.FetchIssuerCertificates && !_options.Offline;
        for (int round = 0; ; round++)
        {
            var paths = new CandidatePaths(pool, time);
            PathFailure? best = null;
            IReadOnlyList<CertificateInfo> bestChain = [];
            foreach (PathCertificate[] path in paths.Enumerate(start).Take(MaxCandidatePaths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                CertificateInfo[] chain = [.. path.Select(p => new CertificateInfo(p.Certificate))];
                bool checkedBefore = known is not null && SameCertificates(path, known);
                PathFailure? failure = checkedBefore ? null : PkixPathCheck.Check(path, time, policies, usage);
                if (failure is null)
                {
                    if (!checkedBefore)
                    {
                        _cache.Add(key, path);
                    }

                    (chain, failure) = await PathRevocation.CheckAsync(_revocation, path, usage, time, evidence, crlIssuers, cancellationToken).ConfigureAwait(false);
                    if (failure is null)
                    {
                        return new PathValidationResult(chain, ValidationIndication.TotalPassed, null, []);
                    }
                }

                if (PathFailure.Better(best, failure) != best)
                {
                    (best, bestChain) = (failure, chain);
                }
            }

            if (best is not null)
            {
                return Indeterminate(bestChain, best);
            }

            if (!fetch || round == MaxFetchRounds
                || pool.AddRange(await _fetcher!.FetchAsync(paths.DeadEnds, tried, fetchErrors, cancellationToken).ConfigureAwait(false)) == 0)
            {
                return NoChain(paths, usage, pool.AnchorCount, fetchErrors);
            }
        }
    }

    private static bool SameCertificates(PathCertificate[] path, PathCertificate[] other)
    {
        if (path.Length != other.Length)
        {
            return false;
        }

        for (int i = 0; i < path.Length; i++)
        {
            if (!path[i].Certificate.RawDataMemory.Span.SequenceEqual(other[i].Certificate.RawDataMemory.Span))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Validates a CRL issuer other than the certificate's issuer for CRL signing to <paramref name="anchor"/> alone (RFC 5280
    /// §6.3.3 (f): the same trust anchor as the certificate's path), with revocation but without looking further for CRL issuers.
    /// </summary>
    private async Task<bool> IsCrlIssuerAsync(
        X509Certificate2 issuer, X509Certificate2 anchor, IReadOnlyCollection<X509Certificate2> candidates, DateTimeOffset time, RevocationEvidence evidence, CancellationToken cancellationToken)
    {
        var nested = new CertificatePathValidator(_options, _revocation, httpClient: null, PolicyInputs.None, _cache, findCrlIssuers: false, [anchor]);
        var result = await nested.ValidateAsync(issuer, candidates, time, CertificateUsage.CrlSigning, evidence, cancellationToken).ConfigureAwait(false);
        return result.IsValid;
    }

    private static PathValidationResult NoChain(CandidatePaths paths, CertificateUsage usage, int anchorCount, IEnumerable<string> fetchErrors)
    {
        IReadOnlyList<PathCertificate> partial = paths.LongestPartial;
        string who = PathMessages.Describe(partial, 0, usage, lastIsAnchor: false);
        PathCertificate end = partial[^1];
        string reason = anchorCount == 0 ? "no trust anchors are configured"
            : end.IsSelfSigned ? $"it ends at the self-signed certificate '{end.Subject}', which is not a trust anchor"
            : $"the issuer '{end.Certificate.Issuer}' of '{end.Subject}' was not found";
        string message = $"No path to a trust anchor could be built for {who}: {reason}.";
        var chain = partial.Select(p => new CertificateInfo(p.Certificate)).ToArray();
        return new PathValidationResult(chain, ValidationIndication.Indeterminate, SubIndication.NoCertificateChainFound, [message, .. fetchErrors]);
    }

    private static PathValidationResult Indeterminate(IReadOnlyList<CertificateInfo> chain, PathFailure failure)
        => new(chain, ValidationIndication.Indeterminate, failure.SubIndication, [failure.Message]);
}
