using System.Collections.Concurrent;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>
/// Read-only sessions on one token, at most <see cref="Limit"/> in use at once. Opened on demand and kept for reuse:
/// the login is per application and token (PKCS#11 v2.40 §5.6), so every session of the pool signs with the login the
/// signer made once. A session is dropped after a return value that breaks it.
/// </summary>
internal sealed class Pkcs11SessionPool : IDisposable
{
    private readonly Pkcs11Module _module;
    private readonly ulong _slot;
    private readonly SemaphoreSlim _gate;
    private readonly ConcurrentBag<ulong> _idle = [];
    private bool _disposed;

    public Pkcs11SessionPool(Pkcs11Module module, ulong slot, int limit)
    {
        _module = module;
        _slot = slot;
        Limit = limit;
        _gate = new SemaphoreSlim(limit, limit);
    }

    public int Limit { get; }

    /// <summary>Runs <paramref name="work"/> on a free session, on the thread pool (PKCS#11 calls block).</summary>
    public async Task<T> RunAsync<T>(Func<ulong, T> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return await Task.Run(() => RunOnSession(work), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out ulong session))
        {
            _module.CloseSession(session);
        }

        _gate.Dispose();
    }

    private T RunOnSession<T>(Func<ulong, T> work)
    {
        ulong session = _idle.TryTake(out ulong idle) ? idle : _module.OpenSession(_slot);
        try
        {
            T result = work(session);
            _idle.Add(session);
            return result;
        }
        catch (Pkcs11CallException e) when (!Pkcs11Errors.BreaksSession(e.RV))
        {
            _idle.Add(session);
            throw;
        }
        catch
        {
            _module.CloseSession(session);
            throw;
        }
    }
}
