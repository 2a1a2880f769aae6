using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Bsre.Sdk.Pkcs11.Internal;

/// <summary>
/// A loaded PKCS#11 module: the functions of its CK_FUNCTION_LIST that the signer calls, through unmanaged function
/// pointers over blittable types, so that the same code runs under the JIT and Native AOT (no marshalling code is
/// generated at run time). CK_ULONG is C's <c>unsigned long</c> (<see cref="CULong"/>: 4 bytes on Windows, 8 elsewhere);
/// structures are packed to 1 byte on Windows and naturally elsewhere (PKCS#11 v2.40 §2.1).
/// </summary>
/// <remarks>Every method throws <see cref="Pkcs11CallException"/> when the module returns anything but CKR_OK.</remarks>
internal sealed unsafe class Pkcs11Module : IDisposable
{
    /// <summary>CK_UNAVAILABLE_INFORMATION: ~0 in a CK_ULONG.</summary>
    public static readonly ulong Unavailable = Unsafe.SizeOf<CULong>() == 4 ? uint.MaxValue : ulong.MaxValue;

    /// <summary>Where C_Initialize sits in CK_FUNCTION_LIST: after CK_VERSION, padded to a pointer except on Windows.</summary>
    private static readonly int FunctionsOffset = OperatingSystem.IsWindows() ? 2 : IntPtr.Size;

    private readonly IntPtr _library;
    private readonly bool _initializedHere;
    private readonly delegate* unmanaged[Cdecl]<void*, CULong> _finalize;
    private readonly delegate* unmanaged[Cdecl]<byte, CULong*, CULong*, CULong> _getSlotList;
    private readonly delegate* unmanaged[Cdecl]<CULong, byte*, CULong> _getTokenInfo;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong*, CULong*, CULong> _getMechanismList;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong, void*, void*, CULong*, CULong> _openSession;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong> _closeSession;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong, byte*, CULong, CULong> _login;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong, Attribute*, CULong, CULong> _getAttributeValue;
    private readonly delegate* unmanaged[Cdecl]<CULong, Attribute*, CULong, CULong> _findObjectsInit;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong*, CULong, CULong*, CULong> _findObjects;
    private readonly delegate* unmanaged[Cdecl]<CULong, CULong> _findObjectsFinal;
    private readonly delegate* unmanaged[Cdecl]<CULong, Mechanism*, CULong, CULong> _signInit;
    private readonly delegate* unmanaged[Cdecl]<CULong, byte*, CULong, byte*, CULong*, CULong> _sign;

    private Pkcs11Module(IntPtr library, byte* functionList)
    {
        _library = library;
        byte* functions = functionList + FunctionsOffset;

        // Indexes in CK_FUNCTION_LIST (PKCS#11 v2.40 §5.2 and pkcs11f.h, in that order).
        var initialize = (delegate* unmanaged[Cdecl]<InitializeArgs*, CULong>)Entry(functions, 0);
        _finalize = (delegate* unmanaged[Cdecl]<void*, CULong>)Entry(functions, 1);
        _getSlotList = (delegate* unmanaged[Cdecl]<byte, CULong*, CULong*, CULong>)Entry(functions, 4);
        _getTokenInfo = (delegate* unmanaged[Cdecl]<CULong, byte*, CULong>)Entry(functions, 6);
        _getMechanismList = (delegate* unmanaged[Cdecl]<CULong, CULong*, CULong*, CULong>)Entry(functions, 7);
        _openSession = (delegate* unmanaged[Cdecl]<CULong, CULong, void*, void*, CULong*, CULong>)Entry(functions, 12);
        _closeSession = (delegate* unmanaged[Cdecl]<CULong, CULong>)Entry(functions, 13);
        _login = (delegate* unmanaged[Cdecl]<CULong, CULong, byte*, CULong, CULong>)Entry(functions, 18);
        _getAttributeValue = (delegate* unmanaged[Cdecl]<CULong, CULong, Attribute*, CULong, CULong>)Entry(functions, 24);
        _findObjectsInit = (delegate* unmanaged[Cdecl]<CULong, Attribute*, CULong, CULong>)Entry(functions, 26);
        _findObjects = (delegate* unmanaged[Cdecl]<CULong, CULong*, CULong, CULong*, CULong>)Entry(functions, 27);
        _findObjectsFinal = (delegate* unmanaged[Cdecl]<CULong, CULong>)Entry(functions, 28);
        _signInit = (delegate* unmanaged[Cdecl]<CULong, Mechanism*, CULong, CULong>)Entry(functions, 42);
        _sign = (delegate* unmanaged[Cdecl]<CULong, byte*, CULong, byte*, CULong*, CULong>)Entry(functions, 43);

        // The signer calls the module from many threads: the module locks with the OS's primitives (§5.4, CKF_OS_LOCKING_OK).
        var args = new InitializeArgs { Flags = Native((ulong)CKF.CKF_OS_LOCKING_OK) };
        CKR rv = (CKR)(ulong)initialize(&args).Value;
        if (rv != CKR.CKR_CRYPTOKI_ALREADY_INITIALIZED)
        {
            Check(rv, "C_Initialize");
            _initializedHere = true;
        }
    }

    private static IntPtr Entry(byte* functions, int index) => Unsafe.ReadUnaligned<IntPtr>(functions + (index * IntPtr.Size));

    /// <summary>Loads the module with the operating system's loader and initialises it.</summary>
    /// <exception cref="DllNotFoundException">The module cannot be loaded.</exception>
    /// <exception cref="EntryPointNotFoundException">The library has no C_GetFunctionList: it is not a PKCS#11 module.</exception>
    public static Pkcs11Module Load(string path)
    {
        IntPtr library = NativeLibrary.Load(path);
        try
        {
            var getFunctionList = (delegate* unmanaged[Cdecl]<byte**, CULong>)NativeLibrary.GetExport(library, "C_GetFunctionList");
            byte* functionList = null;
            Check((CKR)(ulong)getFunctionList(&functionList).Value, "C_GetFunctionList");
            return new Pkcs11Module(library, functionList);
        }
        catch
        {
            NativeLibrary.Free(library);
            throw;
        }
    }

    /// <summary>C_GetSlotList: the slots that hold a token.</summary>
    public ulong[] GetSlotsWithToken() => ReadList((list, count) => _getSlotList(1, (CULong*)list, (CULong*)count), "C_GetSlotList");

    /// <summary>C_GetTokenInfo.</summary>
    public TokenInfo GetTokenInfo(ulong slot)
    {
        // CK_TOKEN_INFO (§3.2): label, manufacturerID, model and serialNumber (96 bytes), then flags and ten CK_ULONGs.
        byte* info = stackalloc byte[256];
        Check(_getTokenInfo(Native(slot), info), "C_GetTokenInfo");
        ulong flags = Unsafe.ReadUnaligned<CULong>(info + 96).Value;
        ulong maxSessionCount = Unsafe.ReadUnaligned<CULong>(info + 96 + Unsafe.SizeOf<CULong>()).Value;
        string label = System.Text.Encoding.UTF8.GetString(info, 32).TrimEnd(' ', '\0');
        return new TokenInfo(label, (CKF)flags, maxSessionCount);
    }

    /// <summary>C_GetMechanismList.</summary>
    public HashSet<CKM> GetMechanisms(ulong slot) =>
        [.. ReadList((list, count) => _getMechanismList(Native(slot), (CULong*)list, (CULong*)count), "C_GetMechanismList").Select(m => (CKM)m)];

    /// <summary>C_OpenSession: a read-only session (CKF_SERIAL_SESSION, §5.6).</summary>
    public ulong OpenSession(ulong slot)
    {
        CULong session;
        Check(_openSession(Native(slot), Native((ulong)CKF.CKF_SERIAL_SESSION), null, null, &session), "C_OpenSession");
        return session.Value;
    }

    /// <summary>C_CloseSession. Its return value is not checked: a session the token already dropped (it was removed, or the
    /// session broke) needs no closing, and closing runs on paths that must not fail (dispose, cleanup after an error).</summary>
    public void CloseSession(ulong session) => _closeSession(Native(session));

    /// <summary>C_Login.</summary>
    public void Login(ulong session, CKU user, ReadOnlySpan<byte> pin)
    {
        fixed (byte* p = pin)
        {
            Check(_login(Native(session), Native((ulong)user), p, Native((ulong)pin.Length)), "C_Login");
        }
    }

    /// <summary>C_FindObjectsInit, C_FindObjects and C_FindObjectsFinal: the objects that match every attribute of <paramref name="template"/>.</summary>
    public List<ulong> FindObjects(ulong session, IReadOnlyList<(CKA Type, byte[] Value)> template)
    {
        const int Batch = 32;
        var found = new List<ulong>();
        var handles = new GCHandle[template.Count];
        Attribute* attributes = stackalloc Attribute[template.Count];
        try
        {
            for (int i = 0; i < template.Count; i++)
            {
                handles[i] = GCHandle.Alloc(template[i].Value, GCHandleType.Pinned);
                attributes[i] = new Attribute { Type = Native((ulong)template[i].Type), Value = (void*)handles[i].AddrOfPinnedObject(), Length = Native((ulong)template[i].Value.Length) };
            }

            Check(_findObjectsInit(Native(session), attributes, Native((ulong)template.Count)), "C_FindObjectsInit");
        }
        finally
        {
            foreach (GCHandle handle in handles.Where(h => h.IsAllocated))
            {
                handle.Free();
            }
        }

        try
        {
            CULong* batch = stackalloc CULong[Batch];
            CULong count;
            do
            {
                Check(_findObjects(Native(session), batch, Native(Batch), &count), "C_FindObjects");
                for (ulong i = 0; i < count.Value; i++)
                {
                    found.Add(batch[i].Value);
                }
            }
            while (count.Value == Batch);
        }
        finally
        {
            _findObjectsFinal(Native(session));
        }

        return found;
    }

    /// <summary>C_GetAttributeValue: each attribute's value, or <see langword="null"/> where the token cannot reveal it (§5.7).</summary>
    public byte[]?[] GetAttributeValues(ulong session, ulong handle, ReadOnlySpan<CKA> types)
    {
        Attribute* attributes = stackalloc Attribute[types.Length];
        for (int i = 0; i < types.Length; i++)
        {
            attributes[i] = new Attribute { Type = Native((ulong)types[i]) };
        }

        CheckAttributes(_getAttributeValue(Native(session), Native(handle), attributes, Native((ulong)types.Length)));
        var values = new byte[]?[types.Length];
        var handles = new GCHandle[types.Length];
        try
        {
            for (int i = 0; i < types.Length; i++)
            {
                ulong length = attributes[i].Length.Value;
                if (length != Unavailable)
                {
                    values[i] = new byte[checked((int)length)];
                    handles[i] = GCHandle.Alloc(values[i], GCHandleType.Pinned);
                    attributes[i].Value = (void*)handles[i].AddrOfPinnedObject();
                }
            }

            CheckAttributes(_getAttributeValue(Native(session), Native(handle), attributes, Native((ulong)types.Length)));
        }
        finally
        {
            foreach (GCHandle pinned in handles.Where(h => h.IsAllocated))
            {
                pinned.Free();
            }
        }

        return values;
    }

    /// <summary>
    /// C_SignInit and C_Sign (asking for the length first, §5.2), with the context-specific login a CKA_ALWAYS_AUTHENTICATE
    /// key requires between them (§4.9, §5.6) when <paramref name="contextPin"/> is given.
    /// </summary>
    public byte[] Sign(ulong session, CKM mechanism, ReadOnlySpan<byte> parameter, ulong key, ReadOnlySpan<byte> data, byte[]? contextPin)
    {
        fixed (byte* p = parameter)
        {
            var m = new Mechanism { Type = Native((ulong)mechanism), Parameter = parameter.IsEmpty ? null : p, Length = Native((ulong)parameter.Length) };
            Check(_signInit(Native(session), &m, Native(key)), "C_SignInit");
        }

        if (contextPin is not null)
        {
            Login(session, CKU.CKU_CONTEXT_SPECIFIC, contextPin);
        }

        fixed (byte* d = data)
        {
            CULong length;
            Check(_sign(Native(session), d, Native((ulong)data.Length), null, &length), "C_Sign");
            byte[] signature = new byte[checked((int)length.Value)];
            fixed (byte* s = signature)
            {
                Check(_sign(Native(session), d, Native((ulong)data.Length), s, &length), "C_Sign");
            }

            return signature.AsSpan(0, (int)length.Value).ToArray();
        }
    }

    /// <summary>C_Finalize (unless another part of the process initialised the module) and unloading.</summary>
    public void Dispose()
    {
        if (_initializedHere)
        {
            _finalize(null);
        }

        NativeLibrary.Free(_library);
    }

    /// <summary>A CK_ULONG as the module gets it.</summary>
    public static CULong Native(ulong value) => Unsafe.SizeOf<CULong>() == 4 ? new CULong(checked((uint)value)) : new CULong((nuint)value);

    /// <summary>A CK_ULONG attribute value (CK_OBJECT_CLASS, CK_KEY_TYPE, ...).</summary>
    public static byte[] ULongValue(ulong value)
    {
        CULong native = Native(value);
        return MemoryMarshal.AsBytes(new ReadOnlySpan<CULong>(in native)).ToArray();
    }

    /// <summary>Reads a CK_ULONG attribute value.</summary>
    public static ulong ReadULong(byte[] value) => value.Length == Unsafe.SizeOf<CULong>()
        ? MemoryMarshal.Read<CULong>(value).Value
        : throw new Pkcs11CallException("C_GetAttributeValue", CKR.CKR_GENERAL_ERROR);

    private static void CheckAttributes(CULong rv)
    {
        // An attribute the token cannot reveal gets CK_UNAVAILABLE_INFORMATION and this return value; the others are filled.
        if ((CKR)(ulong)rv.Value is not (CKR.CKR_ATTRIBUTE_SENSITIVE or CKR.CKR_ATTRIBUTE_TYPE_INVALID))
        {
            Check(rv, "C_GetAttributeValue");
        }
    }

    private static void Check(CULong rv, string function) => Check((CKR)(ulong)rv.Value, function);

    private static void Check(CKR rv, string function)
    {
        if (rv != CKR.CKR_OK)
        {
            throw new Pkcs11CallException(function, rv);
        }
    }

    /// <summary>The two-call convention for lists (§5.2): the length, then the items, again while the list grows between them.</summary>
    private static ulong[] ReadList(Func<IntPtr, IntPtr, CULong> call, string function)
    {
        while (true)
        {
            CULong count;
            Check(call(IntPtr.Zero, (IntPtr)(&count)), function);
            var items = new CULong[checked((int)count.Value)];
            fixed (CULong* list = items)
            {
                CKR rv = (CKR)(ulong)call((IntPtr)list, (IntPtr)(&count)).Value;
                if (rv == CKR.CKR_BUFFER_TOO_SMALL)
                {
                    continue;
                }

                Check(rv, function);
            }

            return [.. items.Take((int)count.Value).Select(i => (ulong)i.Value)];
        }
    }

    /// <summary>The fields of CK_TOKEN_INFO the signer uses.</summary>
    internal readonly record struct TokenInfo(string Label, CKF Flags, ulong MaxSessionCount)
    {
        public bool Initialized => Flags.HasFlag(CKF.CKF_TOKEN_INITIALIZED);
    }

    /// <summary>CK_C_INITIALIZE_ARGS (§5.4); no mutex callbacks.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct InitializeArgs
    {
        public IntPtr CreateMutex;
        public IntPtr DestroyMutex;
        public IntPtr LockMutex;
        public IntPtr UnlockMutex;
        public CULong Flags;
        public IntPtr Reserved;
    }

    /// <summary>CK_ATTRIBUTE (§4.1). Packing to 1 byte is Windows's layout and the natural one where CK_ULONG is 8 bytes.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct Attribute
    {
        public CULong Type;
        public void* Value;
        public CULong Length;
    }

    /// <summary>CK_MECHANISM (§3.6), laid out as <see cref="Attribute"/>.</summary>
    [StructLayout(LayoutKind.Sequential, Pack = 1)]
    private struct Mechanism
    {
        public CULong Type;
        public void* Parameter;
        public CULong Length;
    }
}
