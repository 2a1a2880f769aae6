namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>
/// The PKCS#11 modules loaded in this process, shared by reference count: a module is initialised once per process
/// (C_Initialize a second time fails with CKR_CRYPTOKI_ALREADY_INITIALIZED) and finalised when its last user is done
/// (PKCS#11 v2.40 §5.4).
/// </summary>
internal static class Pkcs11Modules
{
    private static readonly Dictionary<string, (Pkcs11Module Module, int Users)> Loaded = new(StringComparer.Ordinal);
    private static readonly object Gate = new();

    public static Lease Acquire(string path)
    {
        string key = path.Contains('/', StringComparison.Ordinal) || path.Contains('\\', StringComparison.Ordinal) ? Path.GetFullPath(path) : path;
        lock (Gate)
        {
            if (Loaded.TryGetValue(key, out var entry))
            {
                Loaded[key] = (entry.Module, entry.Users + 1);
                return new Lease(key, entry.Module);
            }

            Pkcs11Module module = Load(key);
            Loaded[key] = (module, 1);
            return new Lease(key, module);
        }
    }

    private static Pkcs11Module Load(string path)
    {
        if (Path.IsPathRooted(path) && !File.Exists(path))
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, $"The PKCS#11 module '{path}' does not exist; give the path of the token vendor's library.");
        }

        try
        {
            return Pkcs11Module.Load(path);
        }
        catch (Pkcs11CallException e)
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.TokenError, $"The PKCS#11 module '{path}' failed to initialise ({Pkcs11CallException.Name(e.RV)}); check its configuration.", e);
        }
        catch (Exception e) when (e is DllNotFoundException or BadImageFormatException)
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, $"The PKCS#11 module '{path}' could not be loaded: {e.Message}", e);
        }
        catch (EntryPointNotFoundException e)
        {
            throw new Pkcs11SignerException(Pkcs11ErrorCode.ModuleNotFound, $"'{path}' is not a PKCS#11 module: it has no C_GetFunctionList.", e);
        }
    }

    private static void Release(string key)
    {
        lock (Gate)
        {
            var (module, users) = Loaded[key];
            if (users > 1)
            {
                Loaded[key] = (module, users - 1);
                return;
            }

            Loaded.Remove(key);
            module.Dispose();
        }
    }

    /// <summary>One user's hold on a loaded module; disposing it may finalise the module.</summary>
    internal sealed class Lease(string key, Pkcs11Module module) : IDisposable
    {
        private int _released;

        public Pkcs11Module Module { get; } = module;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                Release(key);
            }
        }
    }
}
