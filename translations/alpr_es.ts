<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>alpr::gui::MainWindow</name>
    <message>
        <source>ALPR Workstation — %1</source>
        <translation>ALPR Workstation — %1</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Select a read to see its plate.</source>
        <translation>Seleccione una lectura para ver su placa.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Select a read to see the scene.</source>
        <translation>Seleccione una lectura para ver la escena.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>Sesión iniciada como %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Enter a plate pattern, a case number and a purpose, then Search.</source>
        <translation>Escriba un patrón de placa, un número de caso y un propósito, y pulse Buscar.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation>Cerrar sesión y &amp;salir</translation>
    </message>
    <message>
        <source>Plate: 7ABC123, 7AB*, *XYZ*, 7?B?12?</source>
        <translation>Placa: 7ABC123, 7AB*, *XYZ*, 7?B?12?</translation>
    </message>
    <message>
        <source>? is one character, * any run of characters, [AB8] one of a set. Spaces and dashes are ignored.</source>
        <translation>? es un carácter, * cualquier serie de caracteres, [AB8] uno de un conjunto. Se ignoran los espacios y los guiones.</translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation>— elija un propósito —</translation>
    </message>
    <message>
        <source>Case no., e.g. %1</source>
        <translation>N.º de caso, p. ej. %1</translation>
    </message>
    <message>
        <source>Misread-tolerant</source>
        <translation>Tolerar lecturas erróneas</translation>
    </message>
    <message>
        <source>Also match characters cameras confuse: 0/O/D/Q, 1/I, 2/Z, 5/S, 8/B, 6/G</source>
        <translation>Coincidir también con los caracteres que las cámaras confunden: 0/O/D/Q, 1/I, 2/Z, 5/S, 8/B, 6/G</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Search refused.</source>
        <translation>Búsqueda rechazada.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) match %1</source>
        <translation>
            <numerusform>%n lectura coincide con %1</numerusform>
            <numerusform>%n lecturas coinciden con %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (showing the first %1)</source>
        <translation> (se muestran las primeras %1)</translation>
    </message>
    <message>
        <source> — %1 ms — search %2, case %3</source>
        <translation> — %1 ms — búsqueda %2, caso %3</translation>
    </message>
    <message>
        <source>The stored image cannot be shown: %1</source>
        <translation>No se puede mostrar la imagen guardada: %1</translation>
    </message>
    <message>
        <source>No image was stored with this read.</source>
        <translation>No se guardó ninguna imagen con esta lectura.</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Other readings</source>
        <translation>Otras lecturas</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source> (%1 UTC)</source>
        <translation> (%1 UTC)</translation>
    </message>
    <message>
        <source>No read in this store matches %1.</source>
        <translation>Ninguna lectura de este almacén coincide con %1.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReadTableModel</name>
    <message>
        <source>exact</source>
        <translation>exacta</translation>
    </message>
    <message>
        <source>pattern</source>
        <translation>patrón</translation>
    </message>
    <message numerus="yes">
        <source>misread (%n substitution(s))</source>
        <translation>
            <numerusform>lectura errónea (%n sustitución)</numerusform>
            <numerusform>lectura errónea (%n sustituciones)</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Other readings: %1</source>
        <translation>Otras lecturas: %1</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
</context>
<context>
    <name>alpr::gui::SignInDialog</name>
    <message>
        <source>Sign in to ALPR Workstation</source>
        <translation>Iniciar sesión en ALPR Workstation</translation>
    </message>
    <message>
        <source>&lt;b&gt;Authorized use only.&lt;/b&gt; Every search and every image viewed is recorded with your name, the time, the case number and the purpose (Civil Code 1798.90.52).</source>
        <translation>&lt;b&gt;Solo para uso autorizado.&lt;/b&gt; Cada búsqueda y cada imagen vista se registran con su nombre, la hora, el número de caso y el propósito (Código Civil 1798.90.52).</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Almacén:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Escriba su nombre de usuario.</translation>
    </message>
</context>
</TS>
