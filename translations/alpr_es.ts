<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>alpr</name>
    <message>
        <source>line %1 is not an audit event</source>
        <translation>la línea %1 no es un evento de auditoría</translation>
    </message>
    <message>
        <source>event %1 of the extract was changed: its fields do not give its hash</source>
        <translation>el evento %1 del extracto se modificó: sus campos no dan su hash</translation>
    </message>
    <message>
        <source>event %1 of the extract is not in the trail</source>
        <translation>el evento %1 del extracto no está en el registro</translation>
    </message>
    <message>
        <source>event %1 of the extract differs from the trail&apos;s event %1</source>
        <translation>el evento %1 del extracto difiere del evento %1 del registro</translation>
    </message>
</context>
<context>
    <name>alpr::AccountPolicy</name>
    <message>
        <source>the shortest password may be %1 to 128 characters</source>
        <translation>la contraseña más corta puede tener de %1 a 128 caracteres</translation>
    </message>
    <message>
        <source>the idle lock may be 1 to %1 minutes (CJIS 5.5.5)</source>
        <translation>el bloqueo por inactividad puede durar de 1 a %1 minutos (CJIS 5.5.5)</translation>
    </message>
    <message>
        <source>the lockout may last 0 (until an administrator unlocks) to %1 minutes</source>
        <translation>el bloqueo puede durar de 0 (hasta que un administrador desbloquee la cuenta) a %1 minutos</translation>
    </message>
    <message>
        <source>a lockout shorter than 10 minutes is below CJIS 5.5.3</source>
        <translation>un bloqueo de menos de 10 minutos no cumple CJIS 5.5.3</translation>
    </message>
</context>
<context>
    <name>alpr::AgencySettings</name>
    <message>
        <source>ORI %1</source>
        <translation>ORI %1</translation>
    </message>
    <message>
        <source>%1 (ORI %2)</source>
        <translation>%1 (ORI %2)</translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; must be 9 characters long, not %2; an NCIC ORI is the state&apos;s two letters and seven letters or digits, e.g. CA0431000.</source>
        <translation>El ORI &quot;%1&quot; debe tener 9 caracteres, no %2; un ORI del NCIC son las dos letras del estado y siete letras o dígitos, p. ej. CA0431000.</translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; is not in the NCIC format: two capital letters of the state, then seven capital letters or digits, e.g. CA0431000.</source>
        <translation>El ORI &quot;%1&quot; no tiene el formato del NCIC: dos letras mayúsculas del estado y luego siete letras mayúsculas o dígitos, p. ej. CA0431000.</translation>
    </message>
    <message>
        <source>The ORI &quot;%1&quot; starts with &quot;%2&quot;, which is not a US state, the District of Columbia or a territory; an ORI starts with the agency&apos;s state, e.g. CA.</source>
        <translation>El ORI &quot;%1&quot; empieza por &quot;%2&quot;, que no es un estado de EE. UU., el Distrito de Columbia ni un territorio; un ORI empieza por el estado de la agencia, p. ej. CA.</translation>
    </message>
    <message>
        <source>The time zone &quot;%1&quot; is not an IANA time zone name this system knows; give one such as America/Los_Angeles.</source>
        <translation>La zona horaria &quot;%1&quot; no es un nombre de zona IANA que este sistema conozca; indique uno como America/Los_Angeles.</translation>
    </message>
    <message>
        <source>agency name</source>
        <translation>nombre de la agencia</translation>
    </message>
    <message>
        <source>The agency name is empty; give the name memos and reports print, e.g. Los Altos Police Department.</source>
        <translation>El nombre de la agencia está vacío; indique el nombre que imprimen los memorandos y los informes, p. ej. Departamento de Policía de Los Altos.</translation>
    </message>
    <message>
        <source>ORI</source>
        <translation>ORI</translation>
    </message>
    <message>
        <source>agency address</source>
        <translation>dirección de la agencia</translation>
    </message>
    <message>
        <source>agency contact</source>
        <translation>contacto de la agencia</translation>
    </message>
</context>
<context>
    <name>alpr::Agents</name>
    <message>
        <source>&quot;%1&quot; is not an agent name: use 1 to 64 letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>&quot;%1&quot; no es un nombre de agente válido: use de 1 a 64 letras, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;.</translation>
    </message>
    <message>
        <source>camera code</source>
        <translation>código de la cámara</translation>
    </message>
    <message>
        <source>There is already an agent named %1 (revoked agents keep their name).</source>
        <translation>Ya existe un agente llamado %1 (los agentes revocados conservan su nombre).</translation>
    </message>
    <message>
        <source>There is no agent named %1.</source>
        <translation>No existe ningún agente llamado %1.</translation>
    </message>
    <message>
        <source>The agent %1 was already revoked on %2.</source>
        <translation>El agente %1 ya se revocó el %2.</translation>
    </message>
    <message>
        <source>Only an account that imports reads may receive them from agents.</source>
        <translation>Solo una cuenta que importa lecturas puede recibirlas de los agentes.</translation>
    </message>
</context>
<context>
    <name>alpr::Alerts</name>
    <message>
        <source>There is no hit %1.</source>
        <translation>No existe la alerta %1.</translation>
    </message>
    <message>
        <source>Hit %1 is not taken; take it under an incident number first.</source>
        <translation>La alerta %1 no está tomada; primero tómela con un número de incidente.</translation>
    </message>
    <message>
        <source>Hit %1 is being worked by %2.</source>
        <translation>%2 está atendiendo la alerta %1.</translation>
    </message>
    <message>
        <source>Hit %1 is already %2.</source>
        <translation>La alerta %1 ya está en estado %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an incident number in the department&apos;s format (for example %2).</source>
        <translation>&quot;%1&quot; no es un número de incidente con el formato del departamento (por ejemplo %2).</translation>
    </message>
    <message>
        <source>Hit %1 is not taken.</source>
        <translation>La alerta %1 no está tomada.</translation>
    </message>
    <message>
        <source>Hit %1 is held by %2; only they or a supervisor can release it.</source>
        <translation>La alerta %1 la tiene %2; solo esa persona o un supervisor puede liberarla.</translation>
    </message>
    <message>
        <source>The read of hit %1 is no longer in the store.</source>
        <translation>La lectura de la alerta %1 ya no está en el almacén.</translation>
    </message>
    <message>
        <source>The camera gave no plate corners for hit %1.</source>
        <translation>La cámara no dio las esquinas de la placa para la alerta %1.</translation>
    </message>
    <message>
        <source>Hit %1: the step &quot;%2&quot; comes first.</source>
        <translation>Alerta %1: primero va el paso &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Hit %1: look at the plate image before comparing its characters (no view of it by you is recorded).</source>
        <translation>Alerta %1: mire la imagen de la placa antes de comparar sus caracteres (no consta que usted la haya visto).</translation>
    </message>
    <message>
        <source>Hit %1: mark each of the %2 characters y (the same) or n (differs), not &quot;%3&quot;.</source>
        <translation>Alerta %1: marque cada uno de los %2 caracteres con y (igual) o n (distinto), no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>Hit %1: look at the overview or vehicle image before confirming the vehicle (no view of it by you is recorded).</source>
        <translation>Alerta %1: mire la imagen de vista general o la del vehículo antes de confirmar el vehículo (no consta que usted la haya visto).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CLETS result; give one of %2.</source>
        <translation>&quot;%1&quot; no es un resultado de CLETS; indique uno de estos: %2.</translation>
    </message>
    <message>
        <source>CLETS reference</source>
        <translation>la referencia de CLETS</translation>
    </message>
    <message>
        <source>Give the CLETS message or NIC reference of the inquiry.</source>
        <translation>Indique el mensaje de CLETS o la referencia NIC de la consulta.</translation>
    </message>
    <message>
        <source>The time of the CLETS inquiry must be within the last day, not %1.</source>
        <translation>La hora de la consulta a CLETS debe estar dentro del último día; se indicó: %1.</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: a character of the plate does not match the listed plate.</source>
        <translation>La alerta %1 no se puede confirmar: un carácter de la placa no coincide con la placa de la lista.</translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: the state of issuance differs.</source>
        <translation>La alerta %1 no se puede confirmar: el estado de emisión es distinto.</translation>
    </message>
    <message>
        <source>Hit %1 cannot be confirmed: CLETS did not confirm the entry as still wanted.</source>
        <translation>La alerta %1 no se puede confirmar: CLETS no confirmó que la entrada siga vigente (aún buscado).</translation>
    </message>
    <message>
        <source>Hit %1: the vehicle differs from the entry; say in a note why it is confirmed (for example, plates moved to another car).</source>
        <translation>Alerta %1: el vehículo es distinto del de la entrada; explique en una nota por qué se confirma (por ejemplo, placas puestas en otro vehículo).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason to reject; give one of %2.</source>
        <translation>&quot;%1&quot; no es un motivo de rechazo; indique uno de estos: %2.</translation>
    </message>
    <message>
        <source>Say in a note why hit %1 is rejected.</source>
        <translation>Explique en una nota por qué se rechaza la alerta %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a disposition; give one of %2.</source>
        <translation>&quot;%1&quot; no es una resolución; indique una de estas: %2.</translation>
    </message>
    <message>
        <source>Hit %1 has no disposition: only a confirmed hit is acted on.</source>
        <translation>La alerta %1 no tiene resolución: solo se actúa sobre una alerta confirmada.</translation>
    </message>
    <message>
        <source>Hit %1 was verified under incident %2, not %3.</source>
        <translation>La alerta %1 se verificó con el incidente %2, no con el %3.</translation>
    </message>
    <message>
        <source>Hit %1 is not decided yet; there is nothing to print.</source>
        <translation>La alerta %1 aún no está decidida; no hay nada que imprimir.</translation>
    </message>
    <message>
        <source>by %1 at %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>ALPR HIT VERIFICATION — %1</source>
        <translation>VERIFICACIÓN DE ALERTA ALPR — %1</translation>
    </message>
    <message>
        <source>Hit %1, incident %2, list &quot;%3&quot; (purpose %4)</source>
        <translation>Alerta %1, incidente %2, lista &quot;%3&quot; (propósito %4)</translation>
    </message>
    <message>
        <source>Read: %1 %2 at %3, camera %4</source>
        <translation>Lectura: %1 %2 el %3, cámara %4</translation>
    </message>
    <message>
        <source>Listed: %1 %2 — %3</source>
        <translation>En la lista: %1 %2 — %3</translation>
    </message>
    <message>
        <source>1. Characters: %1 (listed %2, read %3, marks %4) %5</source>
        <translation>1. Caracteres: %1 (en la lista %2, leídos %3, marcas %4) %5</translation>
    </message>
    <message>
        <source>2. State: %1 %2</source>
        <translation>2. Estado: %1 %2</translation>
    </message>
    <message>
        <source>3. Vehicle: %1 %2</source>
        <translation>3. Vehículo: %1 %2</translation>
    </message>
    <message>
        <source>4. List time: %1 (%2 minutes old%3) %4</source>
        <translation>4. Hora de la lista: %1 (antigüedad de %2 minutos%3) %4</translation>
    </message>
    <message>
        <source>, STALE</source>
        <translation>, DESACTUALIZADA</translation>
    </message>
    <message>
        <source>5. CLETS: %1, reference %2, inquiry at %3, %4</source>
        <translation>5. CLETS: %1, referencia %2, consulta el %3, %4</translation>
    </message>
    <message>
        <source>Decision: %1 by %2 at %3%4</source>
        <translation>Decisión: %1 por %2 el %3%4</translation>
    </message>
    <message>
        <source>, reason %1</source>
        <translation>, motivo %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Disposition: %1</source>
        <translation>Resolución: %1</translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation>Impreso por %1 el %2.</translation>
    </message>
    <message>
        <source>An alert alone is never a basis for a stop; this verification was recorded in the audit trail.</source>
        <translation>Una alerta por sí sola nunca justifica una detención; esta verificación quedó anotada en el registro de auditoría.</translation>
    </message>
    <message>
        <source>Say where the confirmation goes (a file name ending in .pdf).</source>
        <translation>Indique dónde se guarda la confirmación (un nombre de archivo que termine en .pdf).</translation>
    </message>
    <message>
        <source>This program cannot lay out a PDF (it has no fonts loaded).</source>
        <translation>Este programa no puede componer un PDF (no tiene fuentes cargadas).</translation>
    </message>
    <message>
        <source>Cannot write the confirmation to %1: %2</source>
        <translation>No se puede escribir la confirmación en %1: %2</translation>
    </message>
    <message>
        <source>ALPR hit verification %1</source>
        <translation>Verificación de alerta ALPR %1</translation>
    </message>
</context>
<context>
    <name>alpr::AuditExport</name>
    <message>
        <source>Could not read the anchors file %1: %2</source>
        <translation>No se pudo leer el archivo de anclajes %1: %2</translation>
    </message>
    <message>
        <source>The anchors file %1 is larger than 256 MiB; give only the lines with ALPR-ANCHOR (grep ALPR-ANCHOR)</source>
        <translation>El archivo de anclajes %1 ocupa más de 256 MiB; indique solo las líneas con ALPR-ANCHOR (grep ALPR-ANCHOR)</translation>
    </message>
    <message>
        <source>cannot write the audit export to %1: %2</source>
        <translation>no se puede escribir la exportación de auditoría en %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for an audit extract.</source>
        <translation>%1 es demasiado grande para un extracto de auditoría.</translation>
    </message>
    <message>
        <source>A migrated trail is kept by a department store that a file store was migrated into (alprctl pg migrate); this is a store file</source>
        <translation>Un registro migrado lo guarda un almacén del departamento al que se migró un almacén en archivo (alprctl pg migrate); esto es un archivo del almacén</translation>
    </message>
    <message>
        <source>No file store was migrated into this department store: it keeps no migrated trail</source>
        <translation>No se migró ningún almacén en archivo a este almacén del departamento: no guarda ningún registro migrado</translation>
    </message>
</context>
<context>
    <name>alpr::AuditLog</name>
    <message>
        <source>event %1 certifies a key for %2 that the agency&apos;s root key did not certify</source>
        <translation>el evento %1 certifica una clave de %2 que la clave raíz de la agencia no certificó</translation>
    </message>
    <message>
        <source>event %1 is missing (the next event is %2)</source>
        <translation>falta el evento %1 (el siguiente evento es el %2)</translation>
    </message>
    <message>
        <source>event %1 does not follow from event %2: the chain is broken</source>
        <translation>el evento %1 no se deriva del evento %2: la cadena está rota</translation>
    </message>
    <message>
        <source>event %1 was changed after it was written</source>
        <translation>el evento %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <source>event %1 is signed, but no earlier event starts signing: the start of the trail was cut or changed</source>
        <translation>el evento %1 está firmado, pero ningún evento anterior inicia la firma: el inicio del registro se cortó o se modificó</translation>
    </message>
    <message>
        <source>event %1 is not signed, though signing started at event %2: it was written or rewritten outside the program</source>
        <translation>el evento %1 no está firmado, aunque la firma empezó en el evento %2: se escribió o se reescribió fuera del programa</translation>
    </message>
    <message>
        <source>event %1 is signed by %2, who has no certified key at that point</source>
        <translation>el evento %1 está firmado por %2, que en ese momento no tiene ninguna clave certificada</translation>
    </message>
    <message>
        <source>event %1 does not carry a valid signature of %2: it was changed, or written by someone without %2&apos;s key</source>
        <translation>el evento %1 no lleva una firma válida de %2: se modificó, o lo escribió alguien sin la clave de %2</translation>
    </message>
    <message>
        <source>the trail names no root key, but the fingerprint %1 was given: signing never started or its start was removed</source>
        <translation>el registro no nombra ninguna clave raíz, pero se indicó la huella %1: la firma nunca empezó o se eliminó su inicio</translation>
    </message>
    <message>
        <source>the trail&apos;s root key has the fingerprint %1, not %2: the trail was rewritten under another root key</source>
        <translation>la clave raíz del registro tiene la huella %1, no %2: el registro se reescribió con otra clave raíz</translation>
    </message>
    <message>
        <source>events %1 to %2 were deleted: the trail ends at event %3, but %4 anchored event %2 (hash %5) at %6</source>
        <translation>se eliminaron los eventos %1 a %2: el registro termina en el evento %3, pero %4 ancló el evento %2 (hash %5) el %6</translation>
    </message>
    <message>
        <source>event %1 is not the event %2 anchored at %3 (hash %4): the trail was rewritten from there or before</source>
        <translation>el evento %1 no es el evento %2 anclado el %3 (hash %4): el registro se reescribió desde ahí o antes</translation>
    </message>
</context>
<context>
    <name>alpr::AuditMemo</name>
    <message>
        <source>near misses %1</source>
        <translation>casi coincidencias %1</translation>
    </message>
    <message>
        <source>no alternative readings</source>
        <translation>sin lecturas alternativas</translation>
    </message>
    <message>
        <source>%1,%2 r%3m %4..%5</source>
        <translation>%1,%2 r%3m %4..%5</translation>
    </message>
    <message numerus="yes">
        <source>canvass of %n windows, plates in %1: %2</source>
        <translation>
            <numerusform>búsqueda por zonas de %n ventana, placas en %1: %2</numerusform>
            <numerusform>búsqueda por zonas de %n ventanas, placas en %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>near %1,%2 within %3 m</source>
        <translation>cerca de %1,%2 en un radio de %3 m</translation>
    </message>
    <message>
        <source>%1 image of %2 (plate %3), under search %4</source>
        <translation>imagen %1 de %2 (placa %3), en la búsqueda %4</translation>
    </message>
    <message numerus="yes">
        <source> -&gt; %n results</source>
        <translation>
            <numerusform> -&gt; %n resultado</numerusform>
            <numerusform> -&gt; %n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>not yet reviewed</source>
        <translation>sin revisar todavía</translation>
    </message>
    <message>
        <source>ALPR %1 audit, %2 (sample %3)</source>
        <translation>Auditoría de %1 de ALPR, %2 (muestra %3)</translation>
    </message>
    <message numerus="yes">
        <source>The audit trail verified intact: %n events, hash-chained with SHA-256.</source>
        <translation>
            <numerusform>El registro de auditoría se verificó íntegro: %n evento, encadenado con hashes SHA-256.</numerusform>
            <numerusform>El registro de auditoría se verificó íntegro: %n eventos, encadenados con hashes SHA-256.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event %1: %2.</source>
        <translation>El registro de auditoría está ROTO en el evento %1: %2.</translation>
    </message>
    <message>
        <source>Drawn again from the recorded seed when this memo was written: the same items came out.</source>
        <translation>Extraída de nuevo con la semilla registrada al escribir este memorando: salieron los mismos elementos.</translation>
    </message>
    <message>
        <source>Drawn again from the recorded seed when this memo was written, the items DIFFER: the sample or the trail was changed after the draw.</source>
        <translation>Extraída de nuevo con la semilla registrada al escribir este memorando, los elementos DIFIEREN: la muestra o el registro se modificaron después de la extracción.</translation>
    </message>
    <message>
        <source>Item %1 (event %2): %3</source>
        <translation>Elemento %1 (evento %2): %3</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Memorandum&lt;/h2&gt;&lt;table cellpadding=&apos;2&apos;&gt;</source>
        <translation>&lt;h2&gt;Memorando&lt;/h2&gt;&lt;table cellpadding=&apos;2&apos;&gt;</translation>
    </message>
    <message>
        <source>Agency:</source>
        <translation>Agencia:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <source>Chief of Police</source>
        <translation>Jefe de Policía</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Fecha:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1.&lt;/b&gt; Their findings are missing below: this memo does not yet report on the whole sample.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#b00020&apos;&gt;&lt;b&gt;%1.&lt;/b&gt; Sus conclusiones faltan abajo: este memorando todavía no informa sobre toda la muestra.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Period and sample&lt;/h3&gt;&lt;p&gt;%1 to %2. Sample %3, drawn by %4 on %5. %6&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Período y muestra&lt;/h3&gt;&lt;p&gt;Del %1 al %2. Muestra %3, extraída por %4 el %5. %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Sampling method&lt;/h3&gt;&lt;p&gt;Seed &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Método de muestreo&lt;/h3&gt;&lt;p&gt;Semilla &lt;b&gt;%1&lt;/b&gt;. %2&lt;/p&gt;&lt;p&gt;%3&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Items&lt;/h3&gt;&lt;p&gt;Checks: yes, no, or ? where the auditor has not answered. Format, on record and listed are checked by the software; real, authorized and fits are the auditor&apos;s.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Elementos&lt;/h3&gt;&lt;p&gt;Verificaciones: sí, no, o ? donde el auditor no ha respondido. El formato, el registro del caso y el propósito en la lista los verifica el programa; real, autorizado y pertinente los responde el auditor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
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
        <source>What was accessed</source>
        <translation>A qué se accedió</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Case: format %1, on record %2, real %3. Purpose: listed %4, authorized %5. Query fits: %6.</source>
        <translation>Caso: formato %1, registrado %2, real %3. Propósito: en la lista %4, autorizado %5. Consulta pertinente: %6.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Complies: %1. Does not comply: %2. Needs follow-up: %3. Not yet reviewed: %4.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cumple: %1. No cumple: %2. Requiere seguimiento: %3. Sin revisar todavía: %4.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Data errors found&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Errores de datos encontrados&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audit trail&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Latest hash (event %2):&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Agency root key fingerprint:&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%4&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Keep this memo: a later change to any event up to this one changes this hash, and &lt;i&gt;alprctl audit verify --memo-hash HASH --fingerprint F&lt;/i&gt; checks the trail against both.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registro de auditoría&lt;/h3&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Último hash (evento %2):&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%3&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Huella de la clave raíz de la agencia:&lt;br/&gt;&lt;span style=&apos;font-family: DejaVu Sans Mono&apos;&gt;%4&lt;/span&gt;&lt;/p&gt;&lt;p&gt;Conserve este memorando: cualquier cambio posterior en un evento hasta este cambia este hash, y &lt;i&gt;alprctl audit verify --memo-hash HASH --fingerprint F&lt;/i&gt; verifica el registro contra ambos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>(none: signing has not started)</source>
        <translation>(ninguna: la firma no ha empezado)</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;br/&gt;Auditor: %1 &amp;nbsp;&amp;nbsp; Date: %2&lt;br/&gt;&lt;br/&gt;Signature: ______________________________&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;br/&gt;Auditor: %1 &amp;nbsp;&amp;nbsp; Fecha: %2&lt;br/&gt;&lt;br/&gt;Firma: ______________________________&lt;/p&gt;</translation>
    </message>
    <message>
        <source>say where the memo goes (--out FILE.pdf)</source>
        <translation>indique adónde va el memorando (--out ARCHIVO.pdf)</translation>
    </message>
    <message>
        <source>cannot write the memo to %1: %2</source>
        <translation>no se puede escribir el memorando en %1: %2</translation>
    </message>
</context>
<context>
    <name>alpr::AuditSample</name>
    <message>
        <source>the record has no &quot;%1&quot;</source>
        <translation>el registro no tiene &quot;%1&quot;</translation>
    </message>
    <message>
        <source>search %1, under which the image was viewed, is not on record</source>
        <translation>la búsqueda %1, en la que se vio la imagen, no está registrada</translation>
    </message>
    <message>
        <source>search %1 was made by %2 under case %3 (%4), not as this record says</source>
        <translation>la búsqueda %1 la hizo %2 en el caso %3 (%4), no como dice este registro</translation>
    </message>
    <message>
        <source>the record does not say which image</source>
        <translation>el registro no dice qué imagen</translation>
    </message>
    <message>
        <source>the record has no query</source>
        <translation>el registro no tiene consulta</translation>
    </message>
    <message>
        <source>no search row refers to this record</source>
        <translation>ninguna fila de búsqueda remite a este registro</translation>
    </message>
    <message>
        <source>the search row says %1, case %2, purpose %3</source>
        <translation>la fila de búsqueda dice %1, caso %2, propósito %3</translation>
    </message>
    <message>
        <source>the search row counts %1 results, the record %2</source>
        <translation>la fila de búsqueda cuenta %1 resultados, el registro %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an audit period: give a half-year like 2026-H1 or a quarter like 2026-Q3</source>
        <translation>&quot;%1&quot; no es un período de auditoría: indique un semestre como 2026-H1 o un trimestre como 2026-Q3</translation>
    </message>
    <message>
        <source>complies</source>
        <translation>cumple</translation>
    </message>
    <message>
        <source>does not comply</source>
        <translation>no cumple</translation>
    </message>
    <message>
        <source>needs follow-up</source>
        <translation>requiere seguimiento</translation>
    </message>
    <message>
        <source>search inquiries</source>
        <translation>búsquedas</translation>
    </message>
    <message>
        <source>image views</source>
        <translation>imágenes vistas</translation>
    </message>
    <message>
        <source>There were no %1 in %2: there is nothing to sample.</source>
        <translation>No hubo %1 en %2: no hay nada que muestrear.</translation>
    </message>
    <message>
        <source>Only one %1 was made in %2, fewer than the %3 asked for (policy minimum %4): it is the sample.</source>
        <translation>Solo se hizo una %1 en %2, menos de las %3 pedidas (mínimo de la política %4): es la muestra.</translation>
    </message>
    <message>
        <source>search inquiry</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>image view</source>
        <translation>visualización de imagen</translation>
    </message>
    <message>
        <source>Only %1 %2 were made in %3, fewer than the %4 asked for (policy minimum %5): all of them are in the sample.</source>
        <translation>Solo se hicieron %1 %2 en %3, menos de las %4 pedidas (mínimo de la política %5): todas están en la muestra.</translation>
    </message>
    <message>
        <source>%1 of the %2 %3 made in %4 were drawn at random (policy minimum %5).</source>
        <translation>Se extrajeron al azar %1 de las %2 %3 hechas en %4 (mínimo de la política %5).</translation>
    </message>
    <message>
        <source>Population: every successful event of kind %1 (actions %2) in the audit trail from %3 to %4 (UTC, end exclusive) up to event %5, in sequence order. Draw: Fisher-Yates, for i = 0 .. k-1 swap position i with i + u(N - i), u uniform by rejection from SplitMix64 with seed %6 (the j-th number is SplitMix64(seed + j * 0x9E3779B97F4A7C15)); the first k positions, listed in sequence order. Repeat with: alprctl audit sample --kind %7 --period %8 --size %9 --seed %6</source>
        <translation>Población: todos los eventos exitosos del tipo %1 (acciones %2) en el registro de auditoría del %3 al %4 (UTC, final excluido) hasta el evento %5, en orden de secuencia. Extracción: Fisher-Yates, para i = 0 .. k-1 se intercambia la posición i con i + u(N - i), u uniforme por rechazo a partir de SplitMix64 con semilla %6 (el número j es SplitMix64(semilla + j * 0x9E3779B97F4A7C15)); las primeras k posiciones, listadas en orden de secuencia. Repetir con: alprctl audit sample --kind %7 --period %8 --size %9 --seed %6</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n items not yet reviewed</source>
        <translation>
            <numerusform>%1 de %n elemento sin revisar todavía</numerusform>
            <numerusform>%1 de %n elementos sin revisar todavía</numerusform>
        </translation>
    </message>
    <message>
        <source>a sample of %1 is at least %2 (the policy minimum); %3 is too few</source>
        <translation>una muestra de %1 tiene al menos %2 (el mínimo de la política); %3 es muy poco</translation>
    </message>
    <message>
        <source>a sample holds at most 1000 items, not %1</source>
        <translation>una muestra tiene como máximo 1000 elementos, no %1</translation>
    </message>
    <message>
        <source>%1 has not begun yet</source>
        <translation>%1 aún no ha empezado</translation>
    </message>
    <message>
        <source>there were no %1 in %2 (%3 to %4): there is nothing to sample; choose a period in which the trail records some</source>
        <translation>no hubo %1 en %2 (del %3 al %4): no hay nada que muestrear; elija un período en el que el registro tenga alguna</translation>
    </message>
    <message>
        <source>there is no audit sample %1</source>
        <translation>no existe la muestra de auditoría %1</translation>
    </message>
    <message>
        <source>sample %1 names audit event %2, which the trail does not hold</source>
        <translation>la muestra %1 nombra el evento de auditoría %2, que el registro no contiene</translation>
    </message>
    <message>
        <source>a finding is complies, violation or follow-up</source>
        <translation>una conclusión es complies, violation o follow-up</translation>
    </message>
    <message>
        <source>a finding of &quot;%1&quot; needs a note saying what was found</source>
        <translation>una conclusión &quot;%1&quot; necesita una nota que diga qué se encontró</translation>
    </message>
    <message>
        <source>audit sample %1 has no item %2</source>
        <translation>la muestra de auditoría %1 no tiene el elemento %2</translation>
    </message>
    <message>
        <source>hit verifications</source>
        <translation>verificaciones de alertas</translation>
    </message>
    <message>
        <source>hit verification</source>
        <translation>verificación de alerta</translation>
    </message>
    <message>
        <source>evidence exports</source>
        <translation>exportaciones de evidencia</translation>
    </message>
    <message>
        <source>evidence export</source>
        <translation>exportación de evidencia</translation>
    </message>
    <message>
        <source>release requests and decisions</source>
        <translation>solicitudes de divulgación y decisiones</translation>
    </message>
    <message>
        <source>release request or decision</source>
        <translation>solicitud de divulgación o decisión</translation>
    </message>
</context>
<context>
    <name>alpr::BulkScan</name>
    <message>
        <source>the store is not open</source>
        <translation>el almacén no está abierto</translation>
    </message>
    <message>
        <source>a bulk scan inside a bulk scan</source>
        <translation>un recorrido masivo dentro de otro recorrido masivo</translation>
    </message>
    <message>
        <source>cannot read the store: %1</source>
        <translation>no se puede leer el almacén: %1</translation>
    </message>
    <message>
        <source>reading it: %1</source>
        <translation>al leerlo: %1</translation>
    </message>
    <message>
        <source>reading the store failed: %1</source>
        <translation>falló la lectura del almacén: %1</translation>
    </message>
</context>
<context>
    <name>alpr::Canvass</name>
    <message>
        <source>window %1</source>
        <translation>ventana %1</translation>
    </message>
    <message>
        <source>a canvass needs at least one window (a place, a radius and a time range)</source>
        <translation>una búsqueda por zonas necesita al menos una ventana (un lugar, un radio y un intervalo de tiempo)</translation>
    </message>
    <message>
        <source>a canvass takes at most %1 windows, not %2</source>
        <translation>una búsqueda por zonas admite como máximo %1 ventanas, no %2</translation>
    </message>
    <message>
        <source>%1: latitude %2 is not between -90 and 90 degrees</source>
        <translation>%1: la latitud %2 no está entre -90 y 90 grados</translation>
    </message>
    <message>
        <source>%1: longitude %2 is not between -180 and 180 degrees</source>
        <translation>%1: la longitud %2 no está entre -180 y 180 grados</translation>
    </message>
    <message>
        <source>%1: radius %2 m is not more than 0 and at most %3 m (50 km)</source>
        <translation>%1: el radio de %2 m debe ser mayor que 0 y como máximo %3 m (50 km)</translation>
    </message>
    <message>
        <source>%1: give both the start and the end of the time range</source>
        <translation>%1: indique el inicio y el final del intervalo de tiempo</translation>
    </message>
    <message>
        <source>%1: the time range must start (%2) before it ends (%3)</source>
        <translation>%1: el intervalo de tiempo debe empezar (%2) antes de terminar (%3)</translation>
    </message>
    <message>
        <source>%1: the time range %2 to %3 is longer than %4 days; split it into several windows</source>
        <translation>%1: el intervalo de tiempo del %2 al %3 dura más de %4 días; divídalo en varias ventanas</translation>
    </message>
    <message>
        <source>min-windows %1 must be between 1 and the number of windows (%2)</source>
        <translation>min-windows %1 debe estar entre 1 y el número de ventanas (%2)</translation>
    </message>
    <message>
        <source>finding the reads in %1: %2</source>
        <translation>al buscar las lecturas en %1: %2</translation>
    </message>
    <message>
        <source>%1 holds more than %2 reads; make its radius or its time range smaller</source>
        <translation>%1 contiene más de %2 lecturas; reduzca su radio o su intervalo de tiempo</translation>
    </message>
</context>
<context>
    <name>alpr::CasePolicy</name>
    <message>
        <source>the store&apos;s case number format &quot;%1&quot; is not a valid regular expression; an administrator must correct it</source>
        <translation>el formato de número de caso del almacén, &quot;%1&quot;, no es una expresión regular válida; un administrador debe corregirlo</translation>
    </message>
    <message>
        <source>a case or incident number is required for every search (for example %1)</source>
        <translation>cada búsqueda requiere un número de caso o de incidente (por ejemplo %1)</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds characters that are not part of a case number (invisible, full-width or look-alike characters); type it with plain letters and digits (for example %2)</source>
        <translation>&quot;%1&quot; contiene caracteres que no forman parte de un número de caso (caracteres invisibles, de ancho completo o parecidos); escríbalo con letras y dígitos simples (por ejemplo %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number in this department&apos;s format (for example %2)</source>
        <translation>&quot;%1&quot; no es un número de caso con el formato de este departamento (por ejemplo %2)</translation>
    </message>
    <message>
        <source>a purpose is required for every search</source>
        <translation>cada búsqueda requiere un propósito</translation>
    </message>
    <message>
        <source>The purpose &quot;%1&quot; is for %2; your roles (%3) may give: %4.</source>
        <translation>El propósito &quot;%1&quot; es para %2; sus roles (%3) pueden indicar: %4.</translation>
    </message>
    <message>
        <source>no purpose</source>
        <translation>ningún propósito</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an authorized purpose; use one of: %2</source>
        <translation>&quot;%1&quot; no es un propósito autorizado; use uno de estos: %2</translation>
    </message>
</context>
<context>
    <name>alpr::CaseView</name>
    <message>
        <source>no search was ever made under case &quot;%1&quot;</source>
        <translation>nunca se hizo una búsqueda en el caso &quot;%1&quot;</translation>
    </message>
    <message>
        <source>case title</source>
        <translation>título del caso</translation>
    </message>
    <message>
        <source>only %1, who first used case %2, an auditor or an administrator may give it a title</source>
        <translation>solo %1, quien usó primero el caso %2, un auditor o un administrador pueden darle un título</translation>
    </message>
    <message>
        <source>a case title may be at most 120 characters</source>
        <translation>el título de un caso puede tener como máximo 120 caracteres</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>la nota</translation>
    </message>
    <message>
        <source>the title</source>
        <translation>el título</translation>
    </message>
</context>
<context>
    <name>alpr::CheckSummary</name>
    <message>
        <source>record complete, case and purpose valid</source>
        <translation>registro completo, caso y propósito válidos</translation>
    </message>
    <message>
        <source>case number &quot;%1&quot; is not in the department&apos;s format</source>
        <translation>el número de caso &quot;%1&quot; no tiene el formato del departamento</translation>
    </message>
    <message>
        <source>case %1 was not on record at the time</source>
        <translation>el caso %1 no estaba registrado en ese momento</translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; is not an authorized purpose</source>
        <translation>el propósito &quot;%1&quot; no es un propósito autorizado</translation>
    </message>
    <message>
        <source>purpose &quot;%1&quot; has been retired since; it was an authorized purpose when it was used</source>
        <translation>el propósito &quot;%1&quot; se retiró después; era un propósito autorizado cuando se usó</translation>
    </message>
</context>
<context>
    <name>alpr::Crypto</name>
    <message>
        <source>no reason given</source>
        <translation>sin motivo indicado</translation>
    </message>
    <message>
        <source>%1 failed in OpenSSL: %2</source>
        <translation>%1 falló en OpenSSL: %2</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 32-byte key, got %1 bytes</source>
        <translation>AES-256-GCM necesita una clave de 32 bytes, se recibieron %1 bytes</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 12-byte nonce, got %1 bytes</source>
        <translation>AES-256-GCM necesita un nonce de 12 bytes, se recibieron %1 bytes</translation>
    </message>
    <message>
        <source>AES-256-GCM input too large (2 GiB at most)</source>
        <translation>entrada de AES-256-GCM demasiado grande (2 GiB como máximo)</translation>
    </message>
    <message>
        <source>PBKDF2 needs at least one iteration, got %1</source>
        <translation>PBKDF2 necesita al menos una iteración, se recibieron %1</translation>
    </message>
    <message>
        <source>PBKDF2 needs a non-empty salt</source>
        <translation>PBKDF2 necesita una sal no vacía</translation>
    </message>
    <message>
        <source>PBKDF2 key length must be 1 to 1024 bytes, got %1</source>
        <translation>la longitud de clave de PBKDF2 debe ser de 1 a 1024 bytes, se recibieron %1</translation>
    </message>
    <message>
        <source>PBKDF2 password too long</source>
        <translation>contraseña de PBKDF2 demasiado larga</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption</source>
        <translation>cifrado AES-256-GCM</translation>
    </message>
    <message>
        <source>AES-256-GCM needs a 16-byte tag, got %1 bytes</source>
        <translation>AES-256-GCM necesita una etiqueta de 16 bytes, se recibieron %1 bytes</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption</source>
        <translation>descifrado AES-256-GCM</translation>
    </message>
    <message>
        <source>AES-256-GCM authentication failed: the key is wrong or the data was changed</source>
        <translation>falló la autenticación AES-256-GCM: la clave es incorrecta o los datos se modificaron</translation>
    </message>
    <message>
        <source>%1 needs a 32-byte key, got %2 bytes</source>
        <translation>%1 necesita una clave de 32 bytes, se recibieron %2 bytes</translation>
    </message>
    <message>
        <source>Ed25519 signing</source>
        <translation>firma Ed25519</translation>
    </message>
    <message>
        <source>X25519 needs a 32-byte public key, got %1 bytes</source>
        <translation>X25519 necesita una clave pública de 32 bytes, se recibieron %1 bytes</translation>
    </message>
    <message>
        <source>A sealed box needs a 32-byte ephemeral key, got %1 bytes</source>
        <translation>Una caja sellada necesita una clave efímera de 32 bytes, se recibieron %1 bytes</translation>
    </message>
    <message>
        <source>not an Ed25519 public key in PEM (%1 ... %2)</source>
        <translation>no es una clave pública Ed25519 en PEM (%1 ... %2)</translation>
    </message>
</context>
<context>
    <name>alpr::Csv</name>
    <message>
        <source>more than %1 fields; is this a CSV read file?</source>
        <translation>más de %1 campos; ¿es este un archivo CSV de lecturas?</translation>
    </message>
    <message>
        <source>a quoted field that starts on this line is never closed; a quote inside a field must be doubled</source>
        <translation>un campo entre comillas que empieza en esta línea nunca se cierra; una comilla dentro de un campo debe duplicarse</translation>
    </message>
    <message>
        <source>text after the closing quote of a field; a quote inside a quoted field must be doubled</source>
        <translation>texto después de la comilla de cierre de un campo; una comilla dentro de un campo entre comillas debe duplicarse</translation>
    </message>
    <message>
        <source>a quote inside a field that does not start with a quote; quote the whole field and double the quote</source>
        <translation>una comilla dentro de un campo que no empieza con comilla; ponga todo el campo entre comillas y duplique la comilla</translation>
    </message>
</context>
<context>
    <name>alpr::CsvReadParser</name>
    <message>
        <source>column %1 of the header is not UTF-8 text</source>
        <translation>la columna %1 del encabezado no es texto UTF-8</translation>
    </message>
    <message>
        <source>the header names the column %1 twice</source>
        <translation>el encabezado nombra dos veces la columna %1</translation>
    </message>
    <message>
        <source>unknown column%1 %2 in the header; the columns are %3 (required) and %4 (optional)</source>
        <translation>columna%1 desconocida %2 en el encabezado; las columnas son %3 (obligatorias) y %4 (opcionales)</translation>
    </message>
    <message>
        <source>the header lacks the column%1 %2; a read file needs %3</source>
        <translation>al encabezado le falta la columna%1 %2; un archivo de lecturas necesita %3</translation>
    </message>
    <message>
        <source>%1 %2 is not an ISO 8601 time (write it like 2026-03-01T14:05:09Z)</source>
        <translation>%1 %2 no es una hora ISO 8601 (escríbala como 2026-03-01T14:05:09Z)</translation>
    </message>
    <message>
        <source>%1 %2 has no time zone; add Z for UTC or an offset such as -08:00</source>
        <translation>%1 %2 no tiene zona horaria; agregue Z para UTC o un desfase como -08:00</translation>
    </message>
    <message>
        <source>%1 %2 has an impossible UTC offset</source>
        <translation>%1 %2 tiene un desfase UTC imposible</translation>
    </message>
    <message>
        <source>%1 %2 is not a number</source>
        <translation>%1 %2 no es un número</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <source>plate is empty</source>
        <translation>la placa está vacía</translation>
    </message>
    <message>
        <source>state %1 is not a state or province code (two or three letters or digits, e.g. CA)</source>
        <translation>el estado %1 no es un código de estado o provincia (dos o tres letras o dígitos, p. ej. CA)</translation>
    </message>
    <message>
        <source>camera is empty</source>
        <translation>la cámara está vacía</translation>
    </message>
    <message>
        <source>%1 is given but %2 is empty; give both or neither</source>
        <translation>se indica %1 pero %2 está vacío; indique ambos o ninguno</translation>
    </message>
    <message>
        <source>source %1 is neither mobile nor fixed</source>
        <translation>el origen %1 no es ni mobile ni fixed</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>a NUL byte; this is not a CSV text file</source>
        <translation>un byte NUL; esto no es un archivo de texto CSV</translation>
    </message>
    <message>
        <source>%1: no reads (the file is empty)</source>
        <translation>%1: no hay lecturas (el archivo está vacío)</translation>
    </message>
    <message>
        <source>%1 field%2, but the header has %3</source>
        <translation>%1 campo%2, pero el encabezado tiene %3</translation>
    </message>
    <message>
        <source>%1: no reads (only a header)</source>
        <translation>%1: no hay lecturas (solo un encabezado)</translation>
    </message>
    <message>
        <source>external_id is longer than %1 characters</source>
        <translation>external_id tiene más de %1 caracteres</translation>
    </message>
</context>
<context>
    <name>alpr::DamagedStore</name>
    <message>
        <source>The store file %1 is damaged (%2). Restore it from a backup; see README, &quot;Damaged store&quot;; &apos;alprctl store check&apos; names what is damaged.</source>
        <translation>El archivo del almacén %1 está dañado (%2). Restáurelo desde una copia de seguridad; vea el README, &quot;Damaged store&quot;; &apos;alprctl store check&apos; indica qué está dañado.</translation>
    </message>
</context>
<context>
    <name>alpr::DemoStore</name>
    <message>
        <source>--reads must be between 0 and 20,000,000</source>
        <translation>--reads debe estar entre 0 y 20.000.000</translation>
    </message>
    <message>
        <source>%1 exists but is not a demo store that the demo administrator can open: %2</source>
        <translation>%1 existe pero no es un almacén de demostración que el administrador de demostración pueda abrir: %2</translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentAuditEvents</name>
    <message>
        <source>On the department store only the server writes the audit trail</source>
        <translation>En el almacén del departamento solo el servidor escribe el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentImport</name>
    <message>
        <source>The department store already holds a migrated file store (%1): a file store is migrated once, into a new department store; a second migration would duplicate it. Nothing was changed</source>
        <translation>El almacén del departamento ya contiene un almacén en archivo migrado (%1): un almacén en archivo se migra una sola vez, a un almacén del departamento nuevo; una segunda migración lo duplicaría. No se cambió nada</translation>
    </message>
    <message>
        <source>The department store already holds data (%1 reads, %2 searches): a file store is migrated only into a new, empty department store, or it would be duplicated. Nothing was changed</source>
        <translation>El almacén del departamento ya contiene datos (%1 lecturas, %2 búsquedas): un almacén en archivo solo se migra a un almacén del departamento nuevo y vacío, o se duplicaría. No se cambió nada</translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentLink</name>
    <message>
        <source>A department store is given as postgresql://HOST[:PORT]/DATABASE; this address is not one</source>
        <translation>Un almacén del departamento se indica como postgresql://HOST[:PORT]/DATABASE; esta dirección no lo es</translation>
    </message>
    <message>
        <source>The department store address %1 names no database (…/DATABASE)</source>
        <translation>La dirección del almacén del departamento %1 no nombra ninguna base de datos (…/DATABASE)</translation>
    </message>
    <message>
        <source>The department store is reached with TLS verify-full only, not sslmode=%1</source>
        <translation>Al almacén del departamento solo se accede con TLS verify-full, no con sslmode=%1</translation>
    </message>
    <message>
        <source>The department store address %1 has an unknown option &quot;%2&quot;</source>
        <translation>La dirección del almacén del departamento %1 tiene una opción desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>The department store at %1 is reached over the network, so the server is verified (TLS verify-full): add ?sslrootcert=CA-FILE to the address, the file of the certificate authority that signed the server&apos;s certificate</source>
        <translation>Al almacén del departamento de %1 se accede por la red, así que se verifica el servidor (TLS verify-full): agregue ?sslrootcert=CA-FILE a la dirección, el archivo de la autoridad de certificación que firmó el certificado del servidor</translation>
    </message>
    <message>
        <source>%1: no such CA file, for the department store at %2</source>
        <translation>%1: no existe ese archivo de CA, para el almacén del departamento de %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver (QPSQL, package libqt6sql6-psql) is not installed, so the department store cannot be reached</source>
        <translation>El controlador PostgreSQL de Qt (QPSQL, paquete libqt6sql6-psql) no está instalado, así que no se puede acceder al almacén del departamento</translation>
    </message>
    <message>
        <source>Cannot reach the department store %1: %2</source>
        <translation>No se puede acceder al almacén del departamento %1: %2</translation>
    </message>
    <message>
        <source>The department store is not connected</source>
        <translation>El almacén del departamento no está conectado</translation>
    </message>
    <message>
        <source>The department store failed %1: %2 (%3)</source>
        <translation>El almacén del departamento falló %1: %2 (%3)</translation>
    </message>
    <message>
        <source>The department store gave no answer to %1</source>
        <translation>El almacén del departamento no dio ninguna respuesta a %1</translation>
    </message>
    <message>
        <source>The department store&apos;s answer to %1 is not a JSON object</source>
        <translation>La respuesta del almacén del departamento a %1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>Setting up a department store needs a superuser of the server (to install the signing functions); the role of %1 is not one</source>
        <translation>Configurar un almacén del departamento necesita un superusuario del servidor (para instalar las funciones de firma); el rol de %1 no lo es</translation>
    </message>
    <message>
        <source>%1 already holds a department store (schema version %2)</source>
        <translation>%1 ya contiene un almacén del departamento (versión de esquema %2)</translation>
    </message>
    <message>
        <source>%1: the store&apos;s signing module is not there (it is built as lib/alpr-workstation/alpr_pg.so beside bin/)</source>
        <translation>%1: el módulo de firma del almacén no está ahí (se compila como lib/alpr-workstation/alpr_pg.so junto a bin/)</translation>
    </message>
    <message>
        <source>setting up roles and schemas</source>
        <translation>al configurar los roles y los esquemas</translation>
    </message>
    <message>
        <source>%1 holds no department store: run alprctl pg init first</source>
        <translation>%1 no contiene ningún almacén del departamento: ejecute primero alprctl pg init</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>en la migración %1</translation>
    </message>
    <message>
        <source>The server has no role %1 to let workstations log in with</source>
        <translation>El servidor no tiene ningún rol %1 con el que las estaciones de trabajo puedan iniciar sesión</translation>
    </message>
    <message>
        <source>granting the client role</source>
        <translation>al conceder el rol de cliente</translation>
    </message>
    <message>
        <source>to listen for changes</source>
        <translation>al escuchar los avisos de cambios</translation>
    </message>
    <message>
        <source>The address names no login role, so the role %1 was asked for (from PGUSER or this computer&apos;s account). Name the department&apos;s login role, the one given to &quot;alprctl pg init --login-role&quot;, before the host: postgresql://ROLE@%2</source>
        <translation>La dirección no nombra ningún rol de acceso, así que se pidió el rol %1 (de PGUSER o de la cuenta de este equipo). Indique el rol de acceso del departamento, el que se dio a &quot;alprctl pg init --login-role&quot;, antes del host: postgresql://ROL@%2</translation>
    </message>
    <message>
        <source>reading the store&apos;s code</source>
        <translation>al leer el código del almacén</translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentSettings</name>
    <message>
        <source>the case number format &quot;%1&quot; is not a regular expression%2</source>
        <translation>el formato de número de caso &quot;%1&quot; no es una expresión regular%2</translation>
    </message>
    <message>
        <source>the case number format &quot;%1&quot; accepts an empty case number; every search needs one</source>
        <translation>el formato de número de caso &quot;%1&quot; acepta un número de caso vacío; cada búsqueda necesita uno</translation>
    </message>
    <message>
        <source>the example &quot;%1&quot; is not in the case number format &quot;%2&quot;</source>
        <translation>el ejemplo &quot;%1&quot; no tiene el formato de número de caso &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the misread table: %1</source>
        <translation>la tabla de lecturas erróneas: %1</translation>
    </message>
    <message>
        <source>the hours after which a hot list is stale must be from %1 to %2 (a week), not %3</source>
        <translation>las horas tras las que una lista de alertas queda desactualizada deben ser de %1 a %2 (una semana), no %3</translation>
    </message>
    <message>
        <source>the minutes a taken alert is held without a checklist step must be from %1 to %2, not %3</source>
        <translation>los minutos que se retiene una alerta tomada sin ningún paso de la lista de verificación deben ser de %1 a %2, no %3</translation>
    </message>
    <message>
        <source>the minutes before an alert nobody takes is escalated must be from %1 to %2, not %3</source>
        <translation>los minutos antes de escalar una alerta que nadie toma deben ser de %1 a %2, no %3</translation>
    </message>
</context>
<context>
    <name>alpr::DepartmentStore</name>
    <message>
        <source>Only a department store has a server&apos;s trail key; a store file&apos;s users sign their own events</source>
        <translation>Solo un almacén del departamento tiene la clave del registro del servidor; los usuarios de un archivo de almacén firman sus propios eventos</translation>
    </message>
</context>
<context>
    <name>alpr::Enhance</name>
    <message>
        <source>there is no image to enhance</source>
        <translation>no hay ninguna imagen que mejorar</translation>
    </message>
    <message>
        <source>the image is %1 x %2 pixels, larger than %3 on a side</source>
        <translation>la imagen mide %1 x %2 píxeles, más de %3 por lado</translation>
    </message>
    <message>
        <source>the image could not be enhanced: %1</source>
        <translation>no se pudo mejorar la imagen: %1</translation>
    </message>
    <message>
        <source>the plate cannot be cut out of the frame: %1</source>
        <translation>no se puede recortar la placa del fotograma: %1</translation>
    </message>
    <message>
        <source>there is no usable frame</source>
        <translation>no hay ningún fotograma utilizable</translation>
    </message>
    <message>
        <source>there are not 4 corners</source>
        <translation>no hay 4 esquinas</translation>
    </message>
    <message>
        <source>a corner lies outside the frame</source>
        <translation>una esquina queda fuera del fotograma</translation>
    </message>
    <message>
        <source>the corners do not enclose a plate-shaped area</source>
        <translation>las esquinas no encierran una zona con forma de placa</translation>
    </message>
</context>
<context>
    <name>alpr::Evidence</name>
    <message>
        <source>The folder could not be listed.</source>
        <translation>No se pudo listar el contenido de la carpeta.</translation>
    </message>
    <message>
        <source>The package holds more than %1 files and folders.</source>
        <translation>El paquete contiene más de %1 archivos y carpetas.</translation>
    </message>
    <message>
        <source>It could not be examined.</source>
        <translation>No se pudo examinar.</translation>
    </message>
    <message>
        <source>Its name is not UTF-8; it was not opened.</source>
        <translation>Su nombre no está en UTF-8; no se abrió.</translation>
    </message>
    <message>
        <source>It is a symbolic link; it was not followed.</source>
        <translation>Es un enlace simbólico; no se siguió.</translation>
    </message>
    <message>
        <source>It is nested more than %1 folders deep.</source>
        <translation>Está anidado a más de %1 carpetas de profundidad.</translation>
    </message>
    <message>
        <source>The folder could not be opened.</source>
        <translation>No se pudo abrir la carpeta.</translation>
    </message>
    <message>
        <source>It is a special file (a FIFO, socket or device); it was not opened.</source>
        <translation>Es un archivo especial (un FIFO, un socket o un dispositivo); no se abrió.</translation>
    </message>
    <message>
        <source>The package has no such file.</source>
        <translation>El paquete no tiene este archivo.</translation>
    </message>
    <message>
        <source>It is larger than %1 bytes.</source>
        <translation>Ocupa más de %1 bytes.</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <source>It is not &quot;Label: value&quot; lines of UTF-8.</source>
        <translation>No está formado por líneas &quot;Etiqueta: valor&quot; en UTF-8.</translation>
    </message>
    <message>
        <source>It gives BagIt-Version &quot;%1&quot;; this verifier reads 1.0 and 0.97.</source>
        <translation>Indica BagIt-Version &quot;%1&quot;; este verificador lee 1.0 y 0.97.</translation>
    </message>
    <message>
        <source>It gives Tag-File-Character-Encoding &quot;%1&quot;, not UTF-8.</source>
        <translation>Indica Tag-File-Character-Encoding &quot;%1&quot;, no UTF-8.</translation>
    </message>
    <message>
        <source>Its Payload-Oxum &quot;%1&quot; is not BYTES.FILES.</source>
        <translation>Su Payload-Oxum &quot;%1&quot; no tiene la forma BYTES.FILES.</translation>
    </message>
    <message>
        <source>Line %1 is longer than %2 bytes.</source>
        <translation>La línea %1 tiene más de %2 bytes.</translation>
    </message>
    <message>
        <source>Line %1 is not a %2 digest and a path.</source>
        <translation>La línea %1 no es un hash %2 seguido de una ruta.</translation>
    </message>
    <message>
        <source>%1 lists a path that is not a plain path inside the package (absolute, with &apos;..&apos;, &apos;\&apos;, an empty part, a control character or not UTF-8); it was not opened.</source>
        <translation>%1 enumera una ruta que no es una ruta simple dentro del paquete (absoluta, con &apos;..&apos;, &apos;\&apos;, una parte vacía, un carácter de control o que no está en UTF-8); no se abrió.</translation>
    </message>
    <message>
        <source>%1 lists a file outside data/.</source>
        <translation>%1 enumera un archivo fuera de data/.</translation>
    </message>
    <message>
        <source>%1 lists a payload file.</source>
        <translation>%1 enumera un archivo de contenido.</translation>
    </message>
    <message>
        <source>%1 lists it twice.</source>
        <translation>%1 lo enumera dos veces.</translation>
    </message>
    <message>
        <source>The algorithm &quot;%1&quot; is not supported: only sha256 and sha512.</source>
        <translation>El algoritmo &quot;%1&quot; no es compatible: solo sha256 y sha512.</translation>
    </message>
    <message>
        <source>The package has no payload manifest.</source>
        <translation>El paquete no tiene manifiesto del contenido.</translation>
    </message>
    <message>
        <source>The package has no such file: it is what the signatures cover.</source>
        <translation>El paquete no tiene este archivo, que es lo que cubren las firmas.</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>La verificación se canceló.</translation>
    </message>
    <message>
        <source>It is not a folder.</source>
        <translation>No es una carpeta.</translation>
    </message>
    <message>
        <source>The package has no payload folder.</source>
        <translation>El paquete no tiene carpeta de contenido.</translation>
    </message>
    <message>
        <source>bag-info.txt gives Payload-Oxum %1.%2 (bytes.files), the payload holds %3.%4.</source>
        <translation>bag-info.txt indica Payload-Oxum %1.%2 (bytes.archivos); el contenido tiene %3.%4.</translation>
    </message>
    <message>
        <source>No manifest lists it.</source>
        <translation>Ningún manifiesto lo enumera.</translation>
    </message>
    <message>
        <source>A manifest lists it, but it is not there.</source>
        <translation>Un manifiesto lo enumera, pero no está.</translation>
    </message>
    <message>
        <source>It is %1 bytes, more than the whole payload given in bag-info.txt; it was not read.</source>
        <translation>Ocupa %1 bytes, más que todo el contenido indicado en bag-info.txt; no se leyó.</translation>
    </message>
    <message>
        <source>%1 differs from %2</source>
        <translation>%1 difiere de %2</translation>
    </message>
    <message>
        <source>The tag manifest lists it, but it is not there.</source>
        <translation>El manifiesto de etiquetas lo enumera, pero no está.</translation>
    </message>
    <message>
        <source>The tag manifest does not list it.</source>
        <translation>El manifiesto de etiquetas no lo enumera.</translation>
    </message>
    <message>
        <source>Its fingerprint is %1, but bag-info.txt names the key %2.</source>
        <translation>Su huella digital es %1, pero bag-info.txt nombra la clave %2.</translation>
    </message>
    <message>
        <source>It is %1 bytes, not a %2-byte Ed25519 signature.</source>
        <translation>Ocupa %1 bytes; no es una firma Ed25519 de %2 bytes.</translation>
    </message>
    <message>
        <source>It is not a signature of %1 by the key in %2.</source>
        <translation>No es una firma de %1 hecha con la clave de %2.</translation>
    </message>
    <message>
        <source>It was made by the key with fingerprint %1, not the key in %2.</source>
        <translation>La hizo la clave con huella digital %1, no la clave de %2.</translation>
    </message>
    <message>
        <source>a line without an ssh-ed25519 key</source>
        <translation>una línea sin clave ssh-ed25519</translation>
    </message>
    <message>
        <source>another key</source>
        <translation>otra clave</translation>
    </message>
    <message>
        <source>It does not name the key in %1 for the namespace %2, so ssh-keygen -Y verify would not accept the package&apos;s signature.</source>
        <translation>No nombra la clave de %1 para el espacio de nombres %2, así que ssh-keygen -Y verify no aceptaría la firma del paquete.</translation>
    </message>
    <message>
        <source>Besides the key in %1 it names %2.</source>
        <translation>Además de la clave de %1, nombra %2.</translation>
    </message>
    <message>
        <source>The package is signed by the key with fingerprint %1, which you have not said you trust: compare it with the fingerprint your agency publishes, then give that fingerprint with --fingerprint, or the agency&apos;s public key with --key.</source>
        <translation>El paquete está firmado por la clave con huella digital %1, que usted no ha indicado como de confianza: compárela con la huella digital que publica su agencia y luego indique esa huella digital con --fingerprint, o la clave pública de la agencia con --key.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>No existe la carpeta %1.</translation>
    </message>
    <message>
        <source>%1 is not a folder: give the package&apos;s folder.</source>
        <translation>%1 no es una carpeta: indique la carpeta del paquete.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read: %2</source>
        <translation>No se puede leer la carpeta %1: %2</translation>
    </message>
    <message>
        <source>altered</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>faltante</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>unsafe</source>
        <translation>inseguro</translation>
    </message>
    <message>
        <source>malformed</source>
        <translation>mal formado</translation>
    </message>
    <message>
        <source>bad signature</source>
        <translation>firma no válida</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>clave desconocida</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not a valid SSH signature: %1</source>
        <translation>no es una firma SSH válida: %1</translation>
    </message>
    <message>
        <source>an SSH signature needs a namespace</source>
        <translation>una firma SSH necesita un espacio de nombres</translation>
    </message>
    <message>
        <source>larger than %1 bytes</source>
        <translation>más de %1 bytes</translation>
    </message>
    <message>
        <source>no %1 ... %2 armor</source>
        <translation>no tiene la armadura %1 ... %2</translation>
    </message>
    <message>
        <source>the armor does not hold base64</source>
        <translation>la armadura no contiene base64</translation>
    </message>
    <message>
        <source>no SSHSIG magic</source>
        <translation>no tiene el identificador mágico SSHSIG</translation>
    </message>
    <message>
        <source>not version 1</source>
        <translation>no es la versión 1</translation>
    </message>
    <message>
        <source>truncated or with bytes left over</source>
        <translation>truncada o con bytes sobrantes</translation>
    </message>
    <message>
        <source>the key is not an %1 key</source>
        <translation>la clave no es una clave %1</translation>
    </message>
    <message>
        <source>made for the namespace &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>hecha para el espacio de nombres &quot;%1&quot;, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the hash algorithm is neither sha512 nor sha256</source>
        <translation>el algoritmo de hash no es sha512 ni sha256</translation>
    </message>
    <message>
        <source>the signature is not an %1 signature</source>
        <translation>la firma no es una firma %1</translation>
    </message>
    <message>
        <source>the SSH signature does not match the signed file and its key</source>
        <translation>la firma SSH no corresponde al archivo firmado y a su clave</translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceCustody</name>
    <message>
        <source>&quot;%1&quot; is not a custody event: use one of %2.</source>
        <translation>&quot;%1&quot; no es un evento de custodia: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>recipient</source>
        <translation>destinatario</translation>
    </message>
    <message>
        <source>item number</source>
        <translation>número de artículo</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Booking into evidence needs the property room&apos;s item number.</source>
        <translation>Registrar el paquete como evidencia requiere el número de artículo del depósito de evidencias.</translation>
    </message>
    <message>
        <source>Say to whom the package was %1.</source>
        <translation>Indique a quién se entregó el paquete (%1).</translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation>No existe el paquete de evidencia %1.</translation>
    </message>
    <message>
        <source>Package %1 was never exported (its export %2): it has no custody.</source>
        <translation>El paquete %1 nunca se exportó (su exportación está en estado %2): no tiene cadena de custodia.</translation>
    </message>
    <message>
        <source>Package %1 was destroyed on %2; nothing can follow.</source>
        <translation>El paquete %1 se destruyó el %2; no se puede registrar nada después.</translation>
    </message>
    <message>
        <source>case %1, purpose %2</source>
        <translation>caso %1, propósito %2</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Printed by %1 at %2.</source>
        <translation>Impreso por %1 el %2.</translation>
    </message>
    <message>
        <source>Check the package itself with: alprctl evidence verify FOLDER, or the commands in its VERIFY.txt.</source>
        <translation>Verifique el propio paquete con: alprctl evidence verify CARPETA, o con los comandos de su VERIFY.txt.</translation>
    </message>
    <message>
        <source>Chain of custody %1</source>
        <translation>Cadena de custodia %1</translation>
    </message>
    <message>
        <source>This program cannot lay out a PDF (it has no fonts loaded).</source>
        <translation>Este programa no puede componer un PDF (no tiene fuentes cargadas).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceExport</name>
    <message>
        <source>HOW TO VERIFY THIS EVIDENCE PACKAGE

Package %1, exported by %2 for %3 (case %4).

This folder is a BagIt 1.0 bag (RFC 8493). Every file under data/ is listed with its SHA-256 in manifest-sha256.txt (and its SHA-512 in manifest-sha512.txt); the files beside them are listed in tagmanifest-sha256.txt, which the agency&apos;s evidence key signed. Run the commands below in this folder. Each must report every file OK (or &quot;Verified&quot;), and no file may exist under data/ that the manifest does not list.

1. Compare the key with the one the agency publishes. A signature proves who made the package only when the key is the agency&apos;s. The fingerprint of the key in agency-signing-key.pub.pem is:
     %5
   Ask the agency for its evidence key fingerprint and compare every group.
   (The agency&apos;s root key, which certified it: %6.)

LINUX (coreutils, OpenSSL 3.0 or later, OpenSSH 8.1 or later)
  sha256sum -c manifest-sha256.txt
  sha256sum -c tagmanifest-sha256.txt
  openssl pkeyutl -verify -rawin -pubin -inkey agency-signing-key.pub.pem -in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig
  (OpenSSL 3.0 needs both -rawin and -sigfile; it prints &quot;Signature Verified Successfully&quot;.)

MAC (macOS ships LibreSSL, which has no Ed25519: use OpenSSH, below)
  shasum -a 256 -c manifest-sha256.txt
  shasum -a 256 -c tagmanifest-sha256.txt

ANYWHERE WITH OPENSSH 8.1 OR LATER (Linux, macOS, Windows 10 and later)
  ssh-keygen -Y verify -f allowed_signers -I %7 -n %8 -s tagmanifest-sha256.txt.sshsig &lt; tagmanifest-sha256.txt
  (It prints &quot;Good &quot;%8&quot; signature for %7&quot;.) allowed_signers holds the same key as agency-signing-key.pub.pem; compare its fingerprint as in step 1: ssh-keygen -l -f allowed_signers does not read that file, so compare the PEM key.

WINDOWS POWERSHELL (not tested by the makers of this package)
  Get-Content manifest-sha256.txt | ForEach-Object {
    $h, $f = $_ -split &apos;  &apos;, 2
    if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h.ToUpper()) { &quot;FAILED: $f&quot; } else { &quot;OK: $f&quot; } }
  Repeat with tagmanifest-sha256.txt, and check the signature with ssh-keygen as above.

With the agency&apos;s software: alprctl evidence verify FOLDER --fingerprint &quot;%5&quot;
</source>
        <translation>CÓMO VERIFICAR ESTE PAQUETE DE EVIDENCIA

Paquete %1, exportado por %2 para %3 (caso %4).

Esta carpeta es una bolsa BagIt 1.0 (RFC 8493). Cada archivo bajo data/ figura con su SHA-256 en manifest-sha256.txt (y con su SHA-512 en manifest-sha512.txt); los archivos que los acompañan figuran en tagmanifest-sha256.txt, que firmó la clave de evidencia de la agencia. Ejecute los comandos siguientes en esta carpeta. Cada uno debe indicar OK (o &quot;Verified&quot;) para todos los archivos, y no puede haber bajo data/ ningún archivo que el manifiesto no enumere.

1. Compare la clave con la que publica la agencia. Una firma prueba quién hizo el paquete solo si la clave es la de la agencia. La huella digital de la clave de agency-signing-key.pub.pem es:
     %5
   Pida a la agencia la huella digital de su clave de evidencia y compare cada grupo.
   (La clave raíz de la agencia, que la certificó: %6.)

LINUX (coreutils, OpenSSL 3.0 o posterior, OpenSSH 8.1 o posterior)
  sha256sum -c manifest-sha256.txt
  sha256sum -c tagmanifest-sha256.txt
  openssl pkeyutl -verify -rawin -pubin -inkey agency-signing-key.pub.pem -in tagmanifest-sha256.txt -sigfile tagmanifest-sha256.txt.sig
  (OpenSSL 3.0 necesita tanto -rawin como -sigfile; muestra &quot;Signature Verified Successfully&quot;.)

MAC (macOS incluye LibreSSL, que no tiene Ed25519: use OpenSSH, más abajo)
  shasum -a 256 -c manifest-sha256.txt
  shasum -a 256 -c tagmanifest-sha256.txt

EN CUALQUIER SISTEMA CON OPENSSH 8.1 O POSTERIOR (Linux, macOS, Windows 10 y posteriores)
  ssh-keygen -Y verify -f allowed_signers -I %7 -n %8 -s tagmanifest-sha256.txt.sshsig &lt; tagmanifest-sha256.txt
  (Muestra &quot;Good &quot;%8&quot; signature for %7&quot;.) allowed_signers contiene la misma clave que agency-signing-key.pub.pem; compare su huella digital como en el paso 1: ssh-keygen -l -f allowed_signers no lee ese archivo, así que compare la clave PEM.

WINDOWS POWERSHELL (no lo han probado los creadores de este paquete)
  Get-Content manifest-sha256.txt | ForEach-Object {
    $h, $f = $_ -split &apos;  &apos;, 2
    if ((Get-FileHash -Algorithm SHA256 -LiteralPath $f).Hash -ne $h.ToUpper()) { &quot;FAILED: $f&quot; } else { &quot;OK: $f&quot; } }
  Repita con tagmanifest-sha256.txt y verifique la firma con ssh-keygen como se indica arriba.

Con el software de la agencia: alprctl evidence verify CARPETA --fingerprint &quot;%5&quot;
</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>ALPR evidence package %1</source>
        <translation>Paquete de evidencia ALPR %1</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de caso</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportado por</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportado el</translation>
    </message>
    <message>
        <source>Reads chosen by</source>
        <translation>Selección de lecturas</translation>
    </message>
    <message>
        <source>Released under</source>
        <translation>Divulgado en virtud de</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Evidence key fingerprint</source>
        <translation>Huella digital de la clave de evidencia</translation>
    </message>
    <message>
        <source>Agency root key fingerprint</source>
        <translation>Huella digital de la clave raíz de la agencia</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Avistamientos</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
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
        <source>Captured (local)</source>
        <translation>Capturada (hora local)</translation>
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
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>The first %1 of %2 sightings; every one is in data/reads.csv and data/reads.json.</source>
        <translation>Los primeros %1 de %2 avistamientos; todos están en data/reads.csv y data/reads.json.</translation>
    </message>
    <message>
        <source>The images of the other %1 reads are in data/images/, named by read id.</source>
        <translation>Las imágenes de las otras %1 lecturas están en data/images/, con el identificador de la lectura como nombre.</translation>
    </message>
    <message>
        <source>Read %1: %2 %3</source>
        <translation>Lectura %1: %2 %3</translation>
    </message>
    <message>
        <source>Captured</source>
        <translation>Capturada</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>Alternative readings</source>
        <translation>Lecturas alternativas</translation>
    </message>
    <message>
        <source>How to verify</source>
        <translation>Cómo verificar</translation>
    </message>
    <message>
        <source>This program cannot lay out the report (it has no fonts loaded).</source>
        <translation>Este programa no puede componer el informe (no tiene fuentes cargadas).</translation>
    </message>
    <message>
        <source>There is no hit %1.</source>
        <translation>No existe la alerta %1.</translation>
    </message>
    <message>
        <source>the read of hit %1 (%2 on the list %3)</source>
        <translation>la lectura de la alerta %1 (%2 en la lista %3)</translation>
    </message>
    <message>
        <source>chosen by read id</source>
        <translation>selección por identificador de lectura</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>No existe la solicitud de divulgación %1.</translation>
    </message>
    <message>
        <source>Release request %1 is %2: only an approved request may be fulfilled.</source>
        <translation>La solicitud de divulgación %1 está en estado %2: solo se puede atender una solicitud aprobada.</translation>
    </message>
    <message>
        <source>Name at least one read to export.</source>
        <translation>Indique al menos una lectura para exportar.</translation>
    </message>
    <message>
        <source>There is no read %1 in the store.</source>
        <translation>No existe la lectura %1 en el almacén.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Writing the images</source>
        <translation>Escribiendo las imágenes</translation>
    </message>
    <message>
        <source>Writing the reads</source>
        <translation>Escribiendo las lecturas</translation>
    </message>
    <message>
        <source>Writing the report</source>
        <translation>Escribiendo el informe</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>Firmando</translation>
    </message>
    <message>
        <source>Reading the package back from the medium</source>
        <translation>Releyendo el paquete desde el soporte</translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation>No existe el paquete de evidencia %1.</translation>
    </message>
    <message>
        <source>Search %1 is not one of your searches.</source>
        <translation>La búsqueda %1 no es una de sus búsquedas.</translation>
    </message>
    <message>
        <source>chosen from the results of search %1 (case %2, purpose %3; its query is in data/audit-extract.jsonl)</source>
        <translation>selección entre los resultados de la búsqueda %1 (caso %2, propósito %3; su consulta está en data/audit-extract.jsonl)</translation>
    </message>
</context>
<context>
    <name>alpr::EvidenceKeys</name>
    <message>
        <source>Only an administrator, who holds the agency&apos;s root key, can make an evidence signing key.</source>
        <translation>Solo un administrador, que tiene la clave raíz de la agencia, puede crear una clave de firma de evidencia.</translation>
    </message>
    <message>
        <source>No active records clerk can receive an evidence signing key: add a user with the records role first.</source>
        <translation>Ningún empleado de registros activo puede recibir una clave de firma de evidencia: primero agregue un usuario con el rol de registros.</translation>
    </message>
    <message>
        <source>The agency has no evidence signing key yet: an administrator makes it by signing in once a records clerk exists.</source>
        <translation>La agencia todavía no tiene clave de firma de evidencia: la crea un administrador al iniciar sesión, una vez que exista un empleado de registros.</translation>
    </message>
    <message>
        <source>The evidence signing key is not sealed to %1 yet: it is handed on when a records clerk who holds it signs in.</source>
        <translation>La clave de firma de evidencia todavía no está sellada para %1: se transmite cuando inicia sesión un empleado de registros que la tiene.</translation>
    </message>
    <message>
        <source>The evidence signing key sealed to %1 does not open with their key.</source>
        <translation>La clave de firma de evidencia sellada para %1 no se abre con su clave.</translation>
    </message>
    <message>
        <source>The evidence signing key sealed to %1 is not the agency&apos;s current key.</source>
        <translation>La clave de firma de evidencia sellada para %1 no es la clave actual de la agencia.</translation>
    </message>
</context>
<context>
    <name>alpr::Hits</name>
    <message>
        <source>There is no hit %1.</source>
        <translation>No existe la alerta %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not the status of a hit; give one of %2.</source>
        <translation>&quot;%1&quot; no es un estado de alerta; indique uno de estos: %2.</translation>
    </message>
</context>
<context>
    <name>alpr::HotListFile</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the largest hot-list file accepted is %1 MiB</source>
        <translation>el archivo de lista de alertas más grande que se acepta es de %1 MiB</translation>
    </message>
    <message>
        <source>state %1 is not a state, province or territory code (two letters, e.g. CA)</source>
        <translation>el estado %1 no es un código de estado, provincia o territorio (dos letras, p. ej. CA)</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 tiene más de %2 caracteres</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 no es texto UTF-8</translation>
    </message>
    <message>
        <source>%1 %2 is not a date (write it like %3)</source>
        <translation>%1 %2 no es una fecha (escríbala como %3)</translation>
    </message>
    <message>
        <source>stolen vehicle</source>
        <translation>vehículo robado</translation>
    </message>
    <message>
        <source>felony vehicle</source>
        <translation>vehículo relacionado con un delito grave</translation>
    </message>
    <message>
        <source>stolen plate</source>
        <translation>placa robada</translation>
    </message>
    <message>
        <source>a control character (byte 0x%1) at column %2; a CLEW extract is plain fixed-width text</source>
        <translation>un carácter de control (byte 0x%1) en la columna %2; un extracto de CLEW es texto simple de ancho fijo</translation>
    </message>
    <message>
        <source>a byte that is not plain ASCII (0x%1) at column %2; a CLEW extract is plain fixed-width text</source>
        <translation>un byte que no es ASCII simple (0x%1) en la columna %2; un extracto de CLEW es texto simple de ancho fijo</translation>
    </message>
    <message>
        <source>the first line %1 is not the extract time &quot;DATEmm/dd/yyyy hh:mm&quot; (e.g. DATE03/01/2026 05:30)</source>
        <translation>la primera línea %1 no es la hora del extracto &quot;DATEmm/dd/yyyy hh:mm&quot; (p. ej. DATE03/01/2026 05:30)</translation>
    </message>
    <message>
        <source>the time zone America/Los_Angeles is not known to this system; install the time zone data (tzdata)</source>
        <translation>este sistema no conoce la zona horaria America/Los_Angeles; instale los datos de zonas horarias (tzdata)</translation>
    </message>
    <message>
        <source>the extract time %1 does not exist in California (the clocks went forward then)</source>
        <translation>la hora del extracto %1 no existe en California (a esa hora se adelantaron los relojes)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>the line is longer than %1 characters; is this a CLEW extract?</source>
        <translation>la línea tiene más de %1 caracteres; ¿es un extracto de CLEW?</translation>
    </message>
    <message>
        <source>the file does not end with the line &quot;TOTAL RECORD nnnnnnn&quot;: the download is truncated. Nothing was loaded; download the extract again</source>
        <translation>el archivo no termina con la línea &quot;TOTAL RECORD nnnnnnn&quot;: la descarga está truncada. No se cargó nada; vuelva a descargar el extracto</translation>
    </message>
    <message>
        <source>the trailer counts %1 records but the file has %2: the download is truncated or damaged. Nothing was loaded; download the extract again</source>
        <translation>la línea final cuenta %1 registros pero el archivo tiene %2: la descarga está truncada o dañada. No se cargó nada; vuelva a descargar el extracto</translation>
    </message>
    <message>
        <source>no records (the trailer counts none)</source>
        <translation>no hay registros (la línea final no cuenta ninguno)</translation>
    </message>
    <message>
        <source>%1 records; at most %2 are accepted in one file</source>
        <translation>%1 registros; se aceptan como máximo %2 en un archivo</translation>
    </message>
    <message>
        <source>a TOTAL RECORD line before the last line; two extracts run together?</source>
        <translation>una línea TOTAL RECORD antes de la última línea; ¿dos extractos unidos?</translation>
    </message>
    <message>
        <source>the record is %1 characters long; a CLEW record has the plate in columns 1-8, the state in 9-10, the county in 11-12 and the date YYYYMMDD in 13-20</source>
        <translation>el registro tiene %1 caracteres; un registro de CLEW tiene la placa en las columnas 1-8, el estado en la 9-10, el condado en la 11-12 y la fecha AAAAMMDD en la 13-20</translation>
    </message>
    <message>
        <source>the date in columns 13-20 is blank</source>
        <translation>la fecha de las columnas 13-20 está en blanco</translation>
    </message>
    <message>
        <source>the date in columns 13-20</source>
        <translation>la fecha de las columnas 13-20</translation>
    </message>
    <message>
        <source>the header is not %1</source>
        <translation>el encabezado no es %1</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 campos, pero el encabezado tiene %2</translation>
    </message>
    <message>
        <source>more than %1 records; at most that many are accepted in one file</source>
        <translation>más de %1 registros; un archivo admite como máximo esa cantidad</translation>
    </message>
    <message>
        <source>no records (only a header)</source>
        <translation>no hay registros (solo un encabezado)</translation>
    </message>
    <message>
        <source>not a hot-list file this program reads: the first line is neither a CLEW extract time (DATEmm/dd/yyyy hh:mm), nor the NCIC header %1, nor the header %2</source>
        <translation>no es un archivo de lista de alertas que este programa lea: la primera línea no es la hora de un extracto de CLEW (DATEmm/dd/yyyy hh:mm), ni el encabezado del NCIC %1, ni el encabezado %2</translation>
    </message>
    <message>
        <source>a NUL byte; this is not a text file</source>
        <translation>un byte NUL; esto no es un archivo de texto</translation>
    </message>
    <message>
        <source>%1: is a folder, not a hot-list file</source>
        <translation>%1: es una carpeta, no un archivo de lista de alertas</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>the file is %1 MiB; %2</source>
        <translation>el archivo ocupa %1 MiB; %2</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>alpr::HotLists</name>
    <message>
        <source>plate</source>
        <translation>placa</translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; has %2 fixed characters; an entry needs at least %3, or it would match too many plates.</source>
        <translation>La placa &quot;%1&quot; tiene %2 caracteres fijos; una entrada necesita al menos %3, o coincidiría con demasiadas placas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a plate; enter the plate or the part of it that is known.</source>
        <translation>&quot;%1&quot; no puede ser una placa; escriba la placa o la parte que se conoce.</translation>
    </message>
    <message>
        <source>The plate &quot;%1&quot; is longer than %2 characters.</source>
        <translation>La placa &quot;%1&quot; tiene más de %2 caracteres.</translation>
    </message>
    <message>
        <source>A hot list needs a name.</source>
        <translation>Una lista de alertas necesita un nombre.</translation>
    </message>
    <message>
        <source>list name</source>
        <translation>nombre de la lista</translation>
    </message>
    <message>
        <source>The priority %1 is not between 0 and 100.</source>
        <translation>La prioridad %1 no está entre 0 y 100.</translation>
    </message>
    <message>
        <source>There is already a hot list named &quot;%1&quot;.</source>
        <translation>Ya existe una lista de alertas llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active purpose; the purposes are listed by &apos;alprctl purpose list&apos;.</source>
        <translation>&quot;%1&quot; no es un propósito vigente; los propósitos se listan con &apos;alprctl purpose list&apos;.</translation>
    </message>
    <message>
        <source>A covert list names its members: only they see its hits.</source>
        <translation>Una lista encubierta nombra a sus miembros: solo ellos ven sus alertas.</translation>
    </message>
    <message>
        <source>There is no user %1.</source>
        <translation>No existe el usuario %1.</translation>
    </message>
    <message>
        <source>There is no hot list named &quot;%1&quot;.</source>
        <translation>No existe ninguna lista de alertas llamada &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: the file is larger than %2 MB; a hot-list extract is not.</source>
        <translation>%1: el archivo ocupa más de %2 MB; un extracto de lista de alertas no es tan grande.</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a department list: its entries are entered one by one and approved, not imported.</source>
        <translation>&quot;%1&quot; es una lista del departamento: sus entradas se registran una por una y se aprueban, no se importan.</translation>
    </message>
    <message>
        <source>%1 has %2 entries where &quot;%3&quot; has %4: loading it would shrink the list by more than half, which a truncated download does. Check the file; if the list really shrank, import it again allowing the list to shrink (alprctl: --allow-shrink).</source>
        <translation>%1 tiene %2 entradas y &quot;%3&quot; tiene %4: cargarlo reduciría la lista a menos de la mitad, como ocurre con una descarga truncada. Revise el archivo; si la lista realmente se redujo, vuelva a importarlo permitiendo que la lista se reduzca (alprctl: --allow-shrink).</translation>
    </message>
    <message>
        <source>%1: nothing was loaded: %2</source>
        <translation>%1: no se cargó nada: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a general list: it is replaced by each download, so entries are made on a department list.</source>
        <translation>&quot;%1&quot; es una lista general: cada descarga la reemplaza, así que las entradas se hacen en una lista del departamento.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; is disabled.</source>
        <translation>La lista &quot;%1&quot; está deshabilitada.</translation>
    </message>
    <message>
        <source>Only the members of the covert list &quot;%1&quot; make its entries.</source>
        <translation>Solo los miembros de la lista encubierta &quot;%1&quot; hacen sus entradas.</translation>
    </message>
    <message>
        <source>The state &quot;%1&quot; is not a two-letter code such as CA.</source>
        <translation>El estado &quot;%1&quot; no es un código de dos letras como CA.</translation>
    </message>
    <message>
        <source>An entry needs the case number it belongs to (Los Altos 462.4(h)(5)).</source>
        <translation>Una entrada necesita el número de caso al que pertenece (Los Altos 462.4(h)(5)).</translation>
    </message>
    <message>
        <source>An entry needs a synopsis of why the vehicle is sought (Los Altos 462.4(h)(5)).</source>
        <translation>Una entrada necesita una sinopsis de por qué se busca el vehículo (Los Altos 462.4(h)(5)).</translation>
    </message>
    <message>
        <source>An entry needs a reason.</source>
        <translation>Una entrada necesita un motivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a case number in the department&apos;s format, e.g. %2.</source>
        <translation>&quot;%1&quot; no es un número de caso con el formato del departamento, p. ej. %2.</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>synopsis</source>
        <translation>sinopsis</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>make</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <source>body type</source>
        <translation>tipo de carrocería</translation>
    </message>
    <message>
        <source>The expiry %1 is not between today and one year from today.</source>
        <translation>La fecha de vencimiento %1 no está entre hoy y dentro de un año.</translation>
    </message>
    <message>
        <source>The entry was refused: %1. ALPR data may not be used for it.</source>
        <translation>Se rechazó la entrada: %1. Los datos de ALPR no pueden usarse para ello.</translation>
    </message>
    <message>
        <source>There is no hot-list entry %1.</source>
        <translation>No existe la entrada de lista de alertas %1.</translation>
    </message>
    <message>
        <source>Entry %1 is %2, not waiting for approval.</source>
        <translation>La entrada %1 está %2, no pendiente de aprobación.</translation>
    </message>
    <message>
        <source>Nobody approves an entry they made: another administrator approves entry %1.</source>
        <translation>Nadie aprueba una entrada que hizo: otro administrador aprueba la entrada %1.</translation>
    </message>
    <message>
        <source>Entry %1 belongs to a general list, which only its next download changes.</source>
        <translation>La entrada %1 pertenece a una lista general, que solo cambia con su próxima descarga.</translation>
    </message>
    <message>
        <source>Entry %1 is %2 and can no longer change.</source>
        <translation>La entrada %1 está %2 y ya no puede cambiar.</translation>
    </message>
    <message>
        <source>An entry keeps its %1 (Los Altos 462.4(h)(5)): give a new one or leave it as it is.</source>
        <translation>Una entrada conserva su %1 (Los Altos 462.4(h)(5)): indique uno nuevo o déjelo como está.</translation>
    </message>
    <message>
        <source>The change changes nothing.</source>
        <translation>El cambio no cambia nada.</translation>
    </message>
    <message>
        <source>The change was refused: %1. ALPR data may not be used for it.</source>
        <translation>Se rechazó el cambio: %1. Los datos de ALPR no pueden usarse para ello.</translation>
    </message>
    <message>
        <source>There is no change %1.</source>
        <translation>No existe el cambio %1.</translation>
    </message>
    <message>
        <source>Change %1 was %2 already.</source>
        <translation>El cambio %1 ya estaba %2.</translation>
    </message>
    <message>
        <source>Nobody approves an entry they entered or changed: another supervisor decides change %1.</source>
        <translation>Nadie aprueba una entrada que registró o cambió: otro supervisor decide sobre el cambio %1.</translation>
    </message>
    <message>
        <source>Entry %1 is %2: only an approved entry looks back.</source>
        <translation>La entrada %1 está %2: solo una entrada aprobada permite la búsqueda retrospectiva.</translation>
    </message>
    <message>
        <source>Only %1, who entered entry %2, looks back for it.</source>
        <translation>Solo %1, quien registró la entrada %2, hace su búsqueda retrospectiva.</translation>
    </message>
    <message>
        <source>Look-back for hot-list entry %1</source>
        <translation>Búsqueda retrospectiva de la entrada de lista de alertas %1</translation>
    </message>
    <message>
        <source>Entry %1 belongs to a general list; only department entries look back.</source>
        <translation>La entrada %1 pertenece a una lista general; solo las entradas del departamento permiten la búsqueda retrospectiva.</translation>
    </message>
</context>
<context>
    <name>alpr::ImageCodec</name>
    <message>
        <source>image header is truncated</source>
        <translation>el encabezado de la imagen está truncado</translation>
    </message>
    <message>
        <source>image header is damaged</source>
        <translation>el encabezado de la imagen está dañado</translation>
    </message>
    <message>
        <source>JPEG header gives no image size</source>
        <translation>el encabezado JPEG no indica el tamaño de la imagen</translation>
    </message>
    <message>
        <source>image is empty (0 bytes)</source>
        <translation>la imagen está vacía (0 bytes)</translation>
    </message>
    <message>
        <source>not a JPEG or PNG image</source>
        <translation>no es una imagen JPEG ni PNG</translation>
    </message>
    <message>
        <source>image data is damaged or truncated and could not be decoded</source>
        <translation>los datos de la imagen están dañados o truncados y no se pudieron decodificar</translation>
    </message>
    <message>
        <source>image is %1x%2 pixels; the limit is %3</source>
        <translation>la imagen mide %1x%2 píxeles; el límite es %3</translation>
    </message>
    <message>
        <source>JPEG image is truncated (no end-of-image marker)</source>
        <translation>la imagen JPEG está truncada (falta el marcador de fin de imagen)</translation>
    </message>
</context>
<context>
    <name>alpr::JpegCodec</name>
    <message>
        <source>image data is damaged or truncated and could not be decoded</source>
        <translation>los datos de la imagen están dañados o truncados y no se pudieron decodificar</translation>
    </message>
    <message>
        <source>not enough memory to show a %1x%2 image</source>
        <translation>no hay memoria suficiente para mostrar una imagen de %1x%2</translation>
    </message>
    <message>
        <source>cannot start the JPEG decoder</source>
        <translation>no se puede iniciar el decodificador JPEG</translation>
    </message>
</context>
<context>
    <name>alpr::KeySlotFile</name>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged: %2. Restore it from a backup; without it nobody can sign in to this store.</source>
        <translation>El archivo de ranuras de clave %1 está dañado: %2. Restáurelo desde una copia de seguridad; sin él nadie puede iniciar sesión en este almacén.</translation>
    </message>
    <message>
        <source>it is %1 bytes long, larger than the %2 MiB a key-slot file may be, so it was not read</source>
        <translation>ocupa %1 bytes, más de los %2 MiB que puede ocupar un archivo de ranuras de clave, así que no se leyó</translation>
    </message>
    <message>
        <source>Could not save the key-slot file %1: %2. Check that the folder exists and is writable and that the disk is not full.</source>
        <translation>No se pudo guardar el archivo de ranuras de clave %1: %2. Compruebe que la carpeta existe y admite escritura y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>is missing or not text</source>
        <translation>falta o no es texto</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <source>is missing or not a whole number</source>
        <translation>falta o no es un número entero</translation>
    </message>
    <message>
        <source>is %1, outside %2..%3</source>
        <translation>es %1, fuera de %2..%3</translation>
    </message>
    <message>
        <source>is not valid base64</source>
        <translation>no es base64 válido</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>is %1 bytes long, expected %2</source>
        <translation>ocupa %1 bytes, se esperaban %2</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>The key-slot file %1 does not exist. It belongs next to the store file; restore it from a backup.</source>
        <translation>El archivo de ranuras de clave %1 no existe. Debe estar junto al archivo del almacén; restáurelo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>Could not read the key-slot file %1: %2</source>
        <translation>No se pudo leer el archivo de ranuras de clave %1: %2</translation>
    </message>
    <message>
        <source>it is not valid JSON (%1 at byte %2)</source>
        <translation>no es JSON válido (%1 en el byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>its format is &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>su formato es &quot;%1&quot;, no &quot;%2&quot;</translation>
    </message>
    <message>
        <source>its version is %1; this program reads version %2</source>
        <translation>su versión es %1; este programa lee la versión %2</translation>
    </message>
    <message>
        <source>missing or not a number</source>
        <translation>falta o no es un número</translation>
    </message>
    <message>
        <source>&quot;store_id&quot; is not 32 lower-case hex digits</source>
        <translation>&quot;store_id&quot; no son 32 dígitos hexadecimales en minúsculas</translation>
    </message>
    <message>
        <source>&quot;slots&quot;, &quot;failures&quot; or &quot;pending_events&quot; is missing or not a list</source>
        <translation>&quot;slots&quot;, &quot;failures&quot; o &quot;pending_events&quot; falta o no es una lista</translation>
    </message>
    <message>
        <source>slot %1</source>
        <translation>ranura %1</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1 (user &quot;%2&quot;)</source>
        <translation>%1 (usuario &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: unknown key derivation &quot;%2&quot;</source>
        <translation>%1: derivación de clave desconocida &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a JSON object</source>
        <translation>%1: &quot;%2&quot; no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: a second slot for the same user</source>
        <translation>%1: una segunda ranura para el mismo usuario</translation>
    </message>
    <message>
        <source>failure record %1</source>
        <translation>registro de fallos %1</translation>
    </message>
    <message>
        <source>%1: a second record for user &quot;%2&quot;</source>
        <translation>%1: un segundo registro para el usuario &quot;%2&quot;</translation>
    </message>
    <message>
        <source>pending event %1</source>
        <translation>evento pendiente %1</translation>
    </message>
    <message>
        <source>A key-slot file must be loaded or created before it is saved</source>
        <translation>Un archivo de ranuras de clave debe cargarse o crearse antes de guardarse</translation>
    </message>
    <message>
        <source>it would be %1 bytes long, larger than the %2 MiB a key-slot file may be</source>
        <translation>ocuparía %1 bytes, más de los %2 MiB que puede ocupar un archivo de ranuras de clave</translation>
    </message>
    <message>
        <source>A key slot needs a user name</source>
        <translation>Una ranura de clave necesita un nombre de usuario</translation>
    </message>
    <message>
        <source>A key slot needs %1 to %2 PBKDF2 iterations, not %3</source>
        <translation>Una ranura de clave necesita de %1 a %2 iteraciones PBKDF2, no %3</translation>
    </message>
    <message>
        <source>A key slot needs two key pairs</source>
        <translation>Una ranura de clave necesita dos pares de claves</translation>
    </message>
    <message>
        <source>A key-slot file must be loaded or created before a slot is added</source>
        <translation>Un archivo de ranuras de clave debe cargarse o crearse antes de agregar una ranura</translation>
    </message>
    <message>
        <source>%1 has no key slot that a key can be sealed to; they must sign in once to upgrade it</source>
        <translation>%1 no tiene ninguna ranura de clave a la que sellar una clave; debe iniciar sesión una vez para actualizarla</translation>
    </message>
    <message>
        <source>A sealed key must be %1 bytes, not %2</source>
        <translation>Una clave sellada debe tener %1 bytes, no %2</translation>
    </message>
    <message>
        <source>The key slot of %1 holds no key to this store: the store was given a new key while the account was disabled</source>
        <translation>La ranura de clave de %1 no contiene ninguna clave de este almacén: el almacén recibió una clave nueva mientras la cuenta estaba deshabilitada</translation>
    </message>
    <message>
        <source>The key-slot file %1 holds no database key for %2</source>
        <translation>El archivo de ranuras de clave %1 no contiene ninguna clave de base de datos para %2</translation>
    </message>
    <message>
        <source>The database key in %1 was sealed to another key of %2 (the password was reset since)</source>
        <translation>La clave de base de datos de %1 se selló con otra clave de %2 (la contraseña se restableció desde entonces)</translation>
    </message>
    <message>
        <source>the slot of user &quot;%1&quot; cannot be opened: %2</source>
        <translation>la ranura del usuario &quot;%1&quot; no se puede abrir: %2</translation>
    </message>
    <message>
        <source>the slot of user &quot;%1&quot; holds a key of the wrong length</source>
        <translation>la ranura del usuario &quot;%1&quot; contiene una clave de longitud incorrecta</translation>
    </message>
    <message>
        <source>the public keys in the slot of user &quot;%1&quot; do not belong to its private keys</source>
        <translation>las claves públicas de la ranura del usuario &quot;%1&quot; no corresponden a sus claves privadas</translation>
    </message>
    <message>
        <source>the %1 sealed in the slot of user &quot;%2&quot; cannot be opened with their key</source>
        <translation>la %1 sellada en la ranura del usuario &quot;%2&quot; no se puede abrir con su clave</translation>
    </message>
</context>
<context>
    <name>alpr::LegalHolds</name>
    <message>
        <source>Choose the reads to hold one way: by id (or a search&apos;s results), a case, or an evidence package.</source>
        <translation>Elija las lecturas que retener de una sola forma: por identificador (o los resultados de una búsqueda), por caso o por paquete de evidencia.</translation>
    </message>
    <message>
        <source>There is no evidence package %1.</source>
        <translation>No existe el paquete de evidencia %1.</translation>
    </message>
    <message>
        <source>No read was opened or exported under case %1: there is nothing to hold.</source>
        <translation>Ninguna lectura se abrió ni se exportó en el caso %1: no hay nada que retener.</translation>
    </message>
    <message>
        <source>A hold may keep at most %1 reads; this one chose %2.</source>
        <translation>Una retención legal puede conservar como máximo %1 lecturas; esta eligió %2.</translation>
    </message>
    <message>
        <source>None of the chosen reads is in the store: there is nothing to hold.</source>
        <translation>Ninguna de las lecturas elegidas está en el almacén: no hay nada que retener.</translation>
    </message>
    <message>
        <source>A legal hold needs the case number.</source>
        <translation>Una retención legal necesita el número de caso.</translation>
    </message>
    <message>
        <source>A legal hold needs the requesting party (who asked for it).</source>
        <translation>Una retención legal necesita el solicitante (quien la pidió).</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>requesting party</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for a hold: use one of %2.</source>
        <translation>&quot;%1&quot; no es un motivo de retención legal: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>A legal hold needs a review date after today (YYYY-MM-DD).</source>
        <translation>Una retención legal necesita una fecha de revisión posterior a hoy (AAAA-MM-DD).</translation>
    </message>
    <message>
        <source>Hit %1 confirmed: %2</source>
        <translation>Alerta %1 confirmada: %2</translation>
    </message>
    <message>
        <source>Say why the hold is released (a note).</source>
        <translation>Explique por qué se libera la retención (una nota).</translation>
    </message>
    <message>
        <source>There is no legal hold %1.</source>
        <translation>No existe la retención legal %1.</translation>
    </message>
    <message>
        <source>Legal hold %1 was released by %2 already.</source>
        <translation>La retención legal %1 ya la liberó %2.</translation>
    </message>
</context>
<context>
    <name>alpr::Migrations</name>
    <message>
        <source>reading the alternative readings</source>
        <translation>al leer las lecturas alternativas</translation>
    </message>
    <message>
        <source>storing an alternative reading</source>
        <translation>al guardar una lectura alternativa</translation>
    </message>
</context>
<context>
    <name>alpr::MisreadTable</name>
    <message>
        <source>Misread classes &quot;%1&quot;: %2</source>
        <translation>Clases de lecturas erróneas &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>the class &quot;%1&quot; has only one character; a class lists the characters a camera confuses with one another, e.g. &quot;1I&quot;.</source>
        <translation>la clase &quot;%1&quot; tiene un solo carácter; una clase enumera los caracteres que una cámara confunde entre sí, p. ej. &quot;1I&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in the class &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; aparece dos veces en la clase &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in two classes, &quot;%2&quot; and &quot;%3&quot;; put each character in one class only.</source>
        <translation>&quot;%1&quot; está en dos clases, &quot;%2&quot; y &quot;%3&quot;; ponga cada carácter en una sola clase.</translation>
    </message>
    <message>
        <source>%1 at position %2 is not a plate character; use only A-Z and 0-9, with classes separated by spaces or commas.</source>
        <translation>%1 en la posición %2 no es un carácter de placa; use solo A-Z y 0-9, con las clases separadas por espacios o comas.</translation>
    </message>
</context>
<context>
    <name>alpr::NoteScreen</name>
    <message>
        <source>the note holds what looks like %1 (at character %2); notes must not carry personal identifiers, remove it and try again</source>
        <translation>la nota contiene lo que parece %1 (en el carácter %2); las notas no deben llevar identificadores personales, quítelo e inténtelo de nuevo</translation>
    </message>
    <message>
        <source>the note is %1 characters long; at most %2 are kept</source>
        <translation>la nota tiene %1 caracteres; se guardan como máximo %2</translation>
    </message>
    <message>
        <source>the note holds a control character at character %1</source>
        <translation>la nota contiene un carácter de control en el carácter %1</translation>
    </message>
    <message>
        <source>a Social Security number</source>
        <translation>un número de Seguro Social</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>una fecha de nacimiento</translation>
    </message>
</context>
<context>
    <name>alpr::OpenAlprParser</name>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un arreglo</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>%1 is %2, not %3</source>
        <translation>%1 es %2, no %3</translation>
    </message>
    <message>
        <source>data_type is missing; this is not an OpenALPR alpr_group record</source>
        <translation>falta data_type; esto no es un registro alpr_group de OpenALPR</translation>
    </message>
    <message>
        <source>data_type is %1, not &quot;alpr_group&quot;; only alpr_group records are plate reads</source>
        <translation>data_type es %1, no &quot;alpr_group&quot;; solo los registros alpr_group son lecturas de placas</translation>
    </message>
    <message>
        <source>alpr_group version %1 is not supported (2 and 3 are)</source>
        <translation>la versión %1 de alpr_group no es compatible (lo son la 2 y la 3)</translation>
    </message>
    <message>
        <source>best_plate_number is missing</source>
        <translation>falta best_plate_number</translation>
    </message>
    <message>
        <source>best_plate_number is empty</source>
        <translation>best_plate_number está vacío</translation>
    </message>
    <message>
        <source>best_region %1 is not a country-state code such as us-ca</source>
        <translation>best_region %1 no es un código país-estado como us-ca</translation>
    </message>
    <message>
        <source>epoch_start is missing</source>
        <translation>falta epoch_start</translation>
    </message>
    <message>
        <source>a number of milliseconds since 1970</source>
        <translation>un número de milisegundos desde 1970</translation>
    </message>
    <message>
        <source>epoch_start %1 is not a time in milliseconds since 1970</source>
        <translation>epoch_start %1 no es una hora en milisegundos desde 1970</translation>
    </message>
    <message>
        <source>agent_uid is missing or empty; it is needed to tell cameras apart</source>
        <translation>agent_uid falta o está vacío; se necesita para distinguir las cámaras</translation>
    </message>
    <message>
        <source>camera_id %1 is not a whole number</source>
        <translation>camera_id %1 no es un número entero</translation>
    </message>
    <message>
        <source>camera_id is missing or empty</source>
        <translation>camera_id falta o está vacío</translation>
    </message>
    <message>
        <source>camera %1</source>
        <translation>cámara %1</translation>
    </message>
    <message>
        <source>%1 is given without %2; give both or neither</source>
        <translation>se indica %1 sin %2; indique ambos o ninguno</translation>
    </message>
    <message>
        <source>a base64 string</source>
        <translation>una cadena base64</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB, the largest image accepted</source>
        <translation>%1 ocupa más de %2 MiB, la imagen más grande que se acepta</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <translation>%1 no es base64 válido</translation>
    </message>
    <message>
        <source>%1 is not a JPEG image (it does not start with FF D8 FF)</source>
        <translation>%1 no es una imagen JPEG (no empieza por FF D8 FF)</translation>
    </message>
    <message>
        <source>%1 is %2, not an object%3</source>
        <translation>%1 es %2, no un objeto%3</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>línea %1, columna %2</translation>
    </message>
    <message>
        <source> (a file of several records needs one whole object per line, or a JSON array)</source>
        <translation> (un archivo de varios registros necesita un objeto completo por línea, o un arreglo JSON)</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>%1: not valid JSON at column %2: %3%4</source>
        <translation>%1: JSON no válido en la columna %2: %3%4</translation>
    </message>
    <message>
        <source>%1: no reads (no records in the file)</source>
        <translation>%1: no hay lecturas (el archivo no tiene registros)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at %2: %3</source>
        <translation>%1: JSON no válido en %2: %3</translation>
    </message>
    <message>
        <source>%1: not a JSON object or array</source>
        <translation>%1: no es un objeto ni un arreglo JSON</translation>
    </message>
    <message>
        <source>%1, record 1</source>
        <translation>%1, registro 1</translation>
    </message>
    <message>
        <source>%1: no reads (the array is empty)</source>
        <translation>%1: no hay lecturas (el arreglo está vacío)</translation>
    </message>
    <message>
        <source>%1, record %2</source>
        <translation>%1, registro %2</translation>
    </message>
    <message>
        <source>%1 has %2 points, not the plate&apos;s 4 corners</source>
        <translation>%1 tiene %2 puntos, no las 4 esquinas de la placa</translation>
    </message>
    <message>
        <source>a pixel position</source>
        <translation>una posición en píxeles</translation>
    </message>
</context>
<context>
    <name>alpr::PackageWriter</name>
    <message>
        <source>the medium is full</source>
        <translation>el soporte está lleno</translation>
    </message>
    <message>
        <source>an input/output error (was the medium removed?)</source>
        <translation>un error de entrada/salida (¿se retiró el soporte?)</translation>
    </message>
    <message>
        <source>the medium is read-only</source>
        <translation>el soporte es de solo lectura</translation>
    </message>
    <message>
        <source>the medium is gone (was it removed?)</source>
        <translation>el soporte ya no está (¿se retiró?)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>The folder %1 does not exist (is the medium mounted?).</source>
        <translation>La carpeta %1 no existe (¿está montado el soporte?).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 no es una carpeta.</translation>
    </message>
    <message>
        <source>Cannot examine</source>
        <translation>No se puede examinar</translation>
    </message>
    <message>
        <source>%1 has %2 MB free; the package needs about %3 MB.</source>
        <translation>%1 tiene %2 MB libres; el paquete necesita unos %3 MB.</translation>
    </message>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 ya existe.</translation>
    </message>
    <message>
        <source>Cannot make the folder</source>
        <translation>No se puede crear la carpeta</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>No se puede abrir</translation>
    </message>
    <message>
        <source>%1 is not a plain ASCII name for a package file.</source>
        <translation>%1 no es un nombre ASCII simple para un archivo del paquete.</translation>
    </message>
    <message>
        <source>Cannot write</source>
        <translation>No se puede escribir</translation>
    </message>
    <message>
        <source>Cannot sync</source>
        <translation>No se puede sincronizar</translation>
    </message>
    <message>
        <source>Cannot move the package into place at</source>
        <translation>No se puede mover el paquete a su lugar definitivo en</translation>
    </message>
    <message>
        <source>Cannot read back</source>
        <translation>No se puede releer</translation>
    </message>
    <message>
        <source>%1 on the medium is not what was written: the medium is faulty or was changed while writing.</source>
        <translation>%1 en el soporte no coincide con lo que se escribió: el soporte está defectuoso o se modificó durante la escritura.</translation>
    </message>
</context>
<context>
    <name>alpr::PageAuthentication</name>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>no se puede leer el almacén %1: %2</translation>
    </message>
    <message>
        <source>cannot derive the page key to check %1</source>
        <translation>no se puede derivar la clave de página para verificar %1</translation>
    </message>
</context>
<context>
    <name>alpr::PasswordFile</name>
    <message>
        <source>the password file %1 already exists; a generated password goes into a new file only: name another file, or remove the old one if nothing uses it</source>
        <translation>el archivo de contraseña %1 ya existe; una contraseña generada solo se escribe en un archivo nuevo: indique otro archivo, o elimine el anterior si nada lo usa</translation>
    </message>
    <message>
        <source>cannot write the password file %1: the folder %2 does not exist</source>
        <translation>no se puede escribir el archivo de contraseña %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <source>cannot write the password file %1 (%2): %3; nothing was written</source>
        <translation>no se puede escribir el archivo de contraseña %1 (%2): %3; no se escribió nada</translation>
    </message>
    <message>
        <source>creating it</source>
        <translation>al crearlo</translation>
    </message>
    <message>
        <source>writing it</source>
        <translation>al escribirlo</translation>
    </message>
    <message>
        <source>naming it</source>
        <translation>al darle nombre</translation>
    </message>
    <message>
        <source>cannot read the password file %1: %2</source>
        <translation>no se puede leer el archivo de contraseña %1: %2</translation>
    </message>
    <message>
        <source>the password file %1 is not a regular file</source>
        <translation>el archivo de contraseña %1 no es un archivo normal</translation>
    </message>
    <message>
        <source>the password file %1 may be read or written by group or others (mode %2); make it its owner&apos;s only with &apos;chmod 600 %1&apos;</source>
        <translation>el grupo u otros usuarios pueden leer o escribir el archivo de contraseña %1 (modo %2); haga que solo lo use su propietario con &apos;chmod 600 %1&apos;</translation>
    </message>
    <message>
        <source>the password file %1 is %2 bytes; a password file holds one line of at most %3 bytes</source>
        <translation>el archivo de contraseña %1 ocupa %2 bytes; un archivo de contraseña contiene una línea de como máximo %3 bytes</translation>
    </message>
    <message>
        <source>the password file %1 is larger than %2 bytes; a password file holds one line</source>
        <translation>el archivo de contraseña %1 ocupa más de %2 bytes; un archivo de contraseña contiene una sola línea</translation>
    </message>
    <message>
        <source>the first line of the password file %1 is empty</source>
        <translation>la primera línea del archivo de contraseña %1 está vacía</translation>
    </message>
</context>
<context>
    <name>alpr::PasswordPolicy</name>
    <message>
        <source>the password is %1 characters long; at most %2 are allowed</source>
        <translation>la contraseña tiene %1 caracteres; se permiten como máximo %2</translation>
    </message>
    <message>
        <source>the password must have at least %1 characters</source>
        <translation>la contraseña debe tener al menos %1 caracteres</translation>
    </message>
    <message>
        <source>the password must not contain the user name</source>
        <translation>la contraseña no debe contener el nombre de usuario</translation>
    </message>
    <message>
        <source>the password must not contain a NUL character</source>
        <translation>la contraseña no debe contener un carácter NUL</translation>
    </message>
    <message>
        <source>cannot start the password check</source>
        <translation>no se puede iniciar la verificación de la contraseña</translation>
    </message>
    <message>
        <source>the password is not accepted: the guessing check estimates it would be found in about 10^%1 guesses, and at least 10^10 are required; common passwords, words with digits or symbols added, dates and keyboard rows are guessed first; choose a longer passphrase of several unrelated words</source>
        <translation>la contraseña no se acepta: la verificación de adivinanza estima que se encontraría en unos 10^%1 intentos, y se requieren al menos 10^10; las contraseñas comunes, las palabras con dígitos o símbolos añadidos, las fechas y las filas del teclado se prueban primero; elija una frase más larga de varias palabras sin relación</translation>
    </message>
    <message>
        <source>the password dictionary cannot be read; ask the workstation&apos;s administrator to install cracklib-runtime</source>
        <translation>no se puede leer el diccionario de contraseñas; pida al administrador de la estación de trabajo que instale cracklib-runtime</translation>
    </message>
    <message>
        <source>the password is not accepted by the dictionary check: %1; choose another one (a phrase of several unrelated words works well)</source>
        <translation>la verificación de diccionario no acepta la contraseña: %1; elija otra (una frase de varias palabras sin relación funciona bien)</translation>
    </message>
</context>
<context>
    <name>alpr::PlateIndex</name>
    <message>
        <source>a read refers to a plate the store does not have</source>
        <translation>una lectura remite a una placa que el almacén no tiene</translation>
    </message>
    <message>
        <source>the plate dictionary is damaged</source>
        <translation>el diccionario de placas está dañado</translation>
    </message>
</context>
<context>
    <name>alpr::PlateIndexCache</name>
    <message>
        <source>read %1 has an id beyond what the plate index can hold</source>
        <translation>la lectura %1 tiene un id mayor del que admite el índice de placas</translation>
    </message>
</context>
<context>
    <name>alpr::PlatePattern</name>
    <message>
        <source>Pattern &quot;%1&quot;: %2 at position %3 cannot be part of a plate. Use &quot;?&quot; for any one character and &quot;*&quot; for any run of characters.</source>
        <translation>Patrón &quot;%1&quot;: %2 en la posición %3 no puede formar parte de una placa. Use &quot;?&quot; para un carácter cualquiera y &quot;*&quot; para cualquier serie de caracteres.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: %2 at position %3 cannot be used inside a set; a set lists the characters one position may be, e.g. &quot;[AB8]&quot;.</source>
        <translation>Patrón &quot;%1&quot;: %2 en la posición %3 no puede usarse dentro de un conjunto; un conjunto enumera los caracteres que puede tener una posición, p. ej. &quot;[AB8]&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;-&quot; at position %2 needs a character on each side, as in &quot;[0-9]&quot; or &quot;[A-F]&quot;.</source>
        <translation>Patrón &quot;%1&quot;: el &quot;-&quot; en la posición %2 necesita un carácter a cada lado, como en &quot;[0-9]&quot; o &quot;[A-F]&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;[&quot; at position %2 is never closed; end the set with &quot;]&quot;.</source>
        <translation>Patrón &quot;%1&quot;: el &quot;[&quot; en la posición %2 nunca se cierra; termine el conjunto con &quot;]&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: two &quot;*&quot; in a row at position %2; one &quot;*&quot; already stands for any run of characters.</source>
        <translation>Patrón &quot;%1&quot;: dos &quot;*&quot; seguidos en la posición %2; un solo &quot;*&quot; ya representa cualquier serie de caracteres.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the &quot;]&quot; at position %2 has no &quot;[&quot; before it.</source>
        <translation>Patrón &quot;%1&quot;: el &quot;]&quot; en la posición %2 no tiene un &quot;[&quot; antes.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the range &quot;%2-%3&quot; at position %4 mixes letters and digits; use one range for each, e.g. &quot;[A-F0-9]&quot;.</source>
        <translation>Patrón &quot;%1&quot;: el rango &quot;%2-%3&quot; en la posición %4 mezcla letras y dígitos; use un rango para cada uno, p. ej. &quot;[A-F0-9]&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the range &quot;%2-%3&quot; at position %4 runs backwards; write it as &quot;%3-%2&quot;.</source>
        <translation>Patrón &quot;%1&quot;: el rango &quot;%2-%3&quot; en la posición %4 va al revés; escríbalo como &quot;%3-%2&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot;: the set &quot;[]&quot; at position %2 is empty; list the characters this position may be, e.g. &quot;[AB8]&quot;.</source>
        <translation>Patrón &quot;%1&quot;: el conjunto &quot;[]&quot; en la posición %2 está vacío; enumere los caracteres que puede tener esta posición, p. ej. &quot;[AB8]&quot;.</translation>
    </message>
    <message>
        <source>The pattern is empty; enter a plate or a pattern, e.g. &quot;7ABC123&quot; or &quot;7AB*&quot;.</source>
        <translation>El patrón está vacío; escriba una placa o un patrón, p. ej. &quot;7ABC123&quot; o &quot;7AB*&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has no plate characters; enter a plate or a pattern, e.g. &quot;7ABC123&quot; or &quot;7AB*&quot;.</source>
        <translation>El patrón &quot;%1&quot; no tiene caracteres de placa; escriba una placa o un patrón, p. ej. &quot;7ABC123&quot; o &quot;7AB*&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; is %2 characters long without spaces, dashes and dots; at most %3 are allowed.</source>
        <translation>El patrón &quot;%1&quot; tiene %2 caracteres sin espacios, guiones ni puntos; se permiten como máximo %3.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; has no fixed character, only &quot;?&quot; and &quot;*&quot;; give at least one character of the plate, e.g. &quot;7AB*&quot; or &quot;*AB*&quot;.</source>
        <translation>El patrón &quot;%1&quot; no tiene ningún carácter fijo, solo &quot;?&quot; y &quot;*&quot;; indique al menos un carácter de la placa, p. ej. &quot;7AB*&quot; o &quot;*AB*&quot;.</translation>
    </message>
    <message>
        <source>Pattern &quot;%1&quot; needs at least %2 characters, but a plate has at most %3.</source>
        <translation>El patrón &quot;%1&quot; necesita al menos %2 caracteres, pero una placa tiene como máximo %3.</translation>
    </message>
</context>
<context>
    <name>alpr::PrivateFiles</name>
    <message>
        <source>Could not make %1 readable by its owner only: %2. Check the folder&apos;s filesystem and that the file is yours.</source>
        <translation>No se pudo hacer que %1 solo lo pueda leer su propietario: %2. Revise el sistema de archivos de la carpeta y que el archivo sea suyo.</translation>
    </message>
    <message>
        <source>%1 must be open before its mode is set</source>
        <translation>%1 debe estar abierto antes de fijar sus permisos</translation>
    </message>
    <message>
        <source>Could not create the folder %1: %2</source>
        <translation>No se pudo crear la carpeta %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 no es una carpeta</translation>
    </message>
    <message>
        <source>Could not write %1 to disk: %2</source>
        <translation>No se pudo escribir %1 en el disco: %2</translation>
    </message>
</context>
<context>
    <name>alpr::Purposes</name>
    <message>
        <source>&quot;%1&quot; is not a purpose code: use 2 to 40 characters of a-z, 0-9 and &apos;-&apos;, starting with a letter or digit</source>
        <translation>&quot;%1&quot; no es un código de propósito: use de 2 a 40 caracteres de a-z, 0-9 y &apos;-&apos;, empezando por una letra o un dígito</translation>
    </message>
    <message>
        <source>Purpose &quot;%1&quot; names no role; choose at least one of %2 to give it.</source>
        <translation>El propósito &quot;%1&quot; no nombra ningún rol; elija al menos uno de %2 para asignarlo.</translation>
    </message>
    <message>
        <source>Purpose &quot;%1&quot;: the role %2 may not search, so it cannot give a purpose; choose among %3.</source>
        <translation>Propósito &quot;%1&quot;: el rol %2 no puede buscar, así que no puede indicar un propósito; elija entre %3.</translation>
    </message>
    <message>
        <source>purpose description</source>
        <translation>descripción del propósito</translation>
    </message>
    <message>
        <source>policy reference</source>
        <translation>referencia de la política</translation>
    </message>
    <message>
        <source>a purpose needs a description of 5 to 200 characters</source>
        <translation>un propósito necesita una descripción de 5 a 200 caracteres</translation>
    </message>
    <message>
        <source>the policy reference is longer than 100 characters</source>
        <translation>la referencia de la política tiene más de 100 caracteres</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a use the policies prohibit: %2; it cannot be a purpose</source>
        <translation>&quot;%1&quot; nombra un uso que las políticas prohíben: %2; no puede ser un propósito</translation>
    </message>
    <message>
        <source>There is no purpose &quot;%1&quot;.</source>
        <translation>No existe el propósito &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>there is no purpose &quot;%1&quot;</source>
        <translation>no existe el propósito &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a use the policies prohibit</source>
        <translation>&quot;%1&quot; nombra un uso que las políticas prohíben</translation>
    </message>
</context>
<context>
    <name>alpr::QrCode</name>
    <message>
        <source>the text is too long for a QR code</source>
        <translation>el texto es demasiado largo para un código QR</translation>
    </message>
</context>
<context>
    <name>alpr::ReadFieldChecks</name>
    <message>
        <source>%1 %2 is not a plate: use A-Z and 0-9 (spaces, dashes and dots are ignored), at most %3 characters</source>
        <translation>%1 %2 no es una placa: use A-Z y 0-9 (se ignoran espacios, guiones y puntos), como máximo %3 caracteres</translation>
    </message>
    <message>
        <source>latitude %1 is outside -90..90</source>
        <translation>la latitud %1 está fuera de -90..90</translation>
    </message>
    <message>
        <source>longitude %1 is outside -180..180</source>
        <translation>la longitud %1 está fuera de -180..180</translation>
    </message>
    <message>
        <source>%1 %2 is outside 0..100</source>
        <translation>%1 %2 está fuera de 0..100</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; at most %3 are allowed</source>
        <translation>%1 tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>%1 %2 holds a control character (U+%3) at character %4; a camera&apos;s fields are plain text</source>
        <translation>%1 %2 contiene un carácter de control (U+%3) en el carácter %4; los campos de una cámara son texto plano</translation>
    </message>
</context>
<context>
    <name>alpr::ReadFileParser</name>
    <message>
        <source>the largest read file accepted is %1 MiB; split it into smaller files</source>
        <translation>el archivo de lecturas más grande que se acepta es de %1 MiB; divídalo en archivos más pequeños</translation>
    </message>
    <message>
        <source>%1: is a folder, not a read file</source>
        <translation>%1: es una carpeta, no un archivo de lecturas</translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>%1: the file is %2 MiB; %3</source>
        <translation>%1: el archivo ocupa %2 MiB; %3</translation>
    </message>
    <message>
        <source>%1: cannot be read: %2</source>
        <translation>%1: no se puede leer: %2</translation>
    </message>
</context>
<context>
    <name>alpr::ReadImporter</name>
    <message>
        <source>%1: nothing was imported: %2</source>
        <translation>%1: no se importó nada: %2</translation>
    </message>
    <message>
        <source>%1: the reads were imported, but searches here may miss them until the plate index catches up: %2</source>
        <translation>%1: las lecturas se importaron, pero puede que las búsquedas de aquí no las encuentren hasta que el índice de placas se ponga al día: %2</translation>
    </message>
</context>
<context>
    <name>alpr::Receiver</name>
    <message>
        <source>the request could not be read: %1</source>
        <translation>no se pudo leer la solicitud: %1</translation>
    </message>
    <message>
        <source>the request could not be handled</source>
        <translation>no se pudo atender la solicitud</translation>
    </message>
    <message>
        <source>no such endpoint; POST /v1/alpr_group or /v1/reads.csv, GET /health</source>
        <translation>no existe ese punto de acceso; POST /v1/alpr_group o /v1/reads.csv, GET /health</translation>
    </message>
    <message>
        <source>/health takes GET</source>
        <translation>/health admite GET</translation>
    </message>
    <message>
        <source>this endpoint takes POST</source>
        <translation>este punto de acceso admite POST</translation>
    </message>
    <message>
        <source>an agent token is required: Authorization: Bearer TOKEN</source>
        <translation>se requiere un token de agente: Authorization: Bearer TOKEN</translation>
    </message>
    <message>
        <source>the store is not available now; send again later</source>
        <translation>el almacén no está disponible ahora; vuelva a enviar más tarde</translation>
    </message>
    <message>
        <source>Content-Length or chunked transfer is required</source>
        <translation>se requiere Content-Length o transferencia fragmentada (chunked)</translation>
    </message>
    <message>
        <source>the body ended before its Content-Length</source>
        <translation>el cuerpo terminó antes de alcanzar su Content-Length</translation>
    </message>
    <message>
        <source>record %1: camera %2 is not one of agent %3&apos;s cameras</source>
        <translation>registro %1: la cámara %2 no es una de las cámaras del agente %3</translation>
    </message>
    <message>
        <source>the receiver is busy; send again later</source>
        <translation>el receptor está ocupado; vuelva a enviar más tarde</translation>
    </message>
    <message>
        <source>the reads were not confirmed in time; send them again (resent reads are stored once)</source>
        <translation>las lecturas no se confirmaron a tiempo; vuelva a enviarlas (las lecturas reenviadas se almacenan una sola vez)</translation>
    </message>
    <message>
        <source>the reads could not be stored; send them again later</source>
        <translation>no se pudieron almacenar las lecturas; vuelva a enviarlas más tarde</translation>
    </message>
    <message>
        <source>the body is larger than %1 bytes; send fewer reads per request</source>
        <translation>el cuerpo supera los %1 bytes; envíe menos lecturas por solicitud</translation>
    </message>
    <message>
        <source>TLS needs both --tls-cert FILE and --tls-key FILE</source>
        <translation>TLS necesita tanto --tls-cert ARCHIVO como --tls-key ARCHIVO</translation>
    </message>
    <message>
        <source>%1 is not a loopback address: without TLS the receiver listens on 127.0.0.1, ::1 or localhost only; give --tls-cert and --tls-key to listen elsewhere</source>
        <translation>%1 no es una dirección de bucle local (loopback): sin TLS el receptor solo escucha en 127.0.0.1, ::1 o localhost; indique --tls-cert y --tls-key para escuchar en otra dirección</translation>
    </message>
    <message>
        <source>the receiver&apos;s limits must be positive</source>
        <translation>los límites del receptor deben ser positivos</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>no se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>only HTTP/1.0 and HTTP/1.1 are spoken here</source>
        <translation>aquí solo se admiten HTTP/1.0 y HTTP/1.1</translation>
    </message>
    <message>
        <source>the reads were not stored: the store cannot be reached or the receiver is stopping; send them again later (resent reads are stored once)</source>
        <translation>las lecturas no se guardaron: no se puede acceder al almacén o el receptor se está deteniendo; vuelva a enviarlas más tarde (las lecturas reenviadas se guardan una sola vez)</translation>
    </message>
</context>
<context>
    <name>alpr::ReleaseRequests</name>
    <message>
        <source>ALPR data is not shared for immigration enforcement (California Values Act, Government Code 7284.6; Los Altos 462.7(d)).</source>
        <translation>Los datos de ALPR no se comparten para el control migratorio (Ley de Valores de California, Código de Gobierno 7284.6; Los Altos 462.7(d)).</translation>
    </message>
    <message>
        <source>ALPR data is shared only with California public agencies (Civil Code 1798.90.55(b), SB 34; San Leandro 418.7: no agency outside the State of California).</source>
        <translation>Los datos de ALPR solo se comparten con agencias públicas de California (Código Civil 1798.90.55(b), SB 34; San Leandro 418.7: ninguna agencia fuera del Estado de California).</translation>
    </message>
    <message>
        <source>Requests by non-law-enforcement or non-prosecutorial agencies are processed under the Records Maintenance and Release Policy (Civil Code 1798.90.55; San Leandro 418.7(c)), not here.</source>
        <translation>Las solicitudes de agencias que no son policiales ni fiscales se tramitan según la Política de Conservación y Divulgación de Registros (Records Maintenance and Release Policy; Código Civil 1798.90.55; San Leandro 418.7(c)), no aquí.</translation>
    </message>
    <message>
        <source>agency</source>
        <translation>agencia</translation>
    </message>
    <message>
        <source>requester</source>
        <translation>solicitante</translation>
    </message>
    <message>
        <source>intended purpose</source>
        <translation>propósito previsto</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>A release request needs the %1.</source>
        <translation>Una solicitud de divulgación necesita el campo «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an agency type: use one of %2.</source>
        <translation>&quot;%1&quot; no es un tipo de agencia: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a release purpose: use one of %2.</source>
        <translation>&quot;%1&quot; no es un propósito de divulgación: use uno de estos: %2.</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>There is no release request %1.</source>
        <translation>No existe la solicitud de divulgación %1.</translation>
    </message>
    <message>
        <source>Release request %1 is %2, not waiting for a decision.</source>
        <translation>La solicitud de divulgación %1 está en estado %2, no pendiente de decisión.</translation>
    </message>
    <message>
        <source>You logged release request %1; another approver must decide it.</source>
        <translation>Usted registró la solicitud de divulgación %1; otro aprobador debe decidirla.</translation>
    </message>
    <message>
        <source>Say why the request is denied (a note).</source>
        <translation>Indique por qué se deniega la solicitud (una nota).</translation>
    </message>
    <message>
        <source>Release request %1 (%2)</source>
        <translation>Solicitud de divulgación %1 (%2)</translation>
    </message>
    <message>
        <source>Requesting agency: %1 (%2)</source>
        <translation>Agencia solicitante: %1 (%2)</translation>
    </message>
    <message>
        <source>Person requesting: %1</source>
        <translation>Persona solicitante: %1</translation>
    </message>
    <message>
        <source>Intended purpose: %1: %2</source>
        <translation>Propósito previsto: %1: %2</translation>
    </message>
    <message>
        <source>Their case: %1</source>
        <translation>Caso de la agencia solicitante: %1</translation>
    </message>
    <message>
        <source>Logged by %1 at %2</source>
        <translation>Registrada por %1 el %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>%1 by %2 at %3%4</source>
        <translation>%1 por %2 el %3%4</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobada</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegada</translation>
    </message>
    <message>
        <source>ALPR data release request %1</source>
        <translation>Solicitud de divulgación de datos de ALPR %1</translation>
    </message>
</context>
<context>
    <name>alpr::RetentionPurge</name>
    <message>
        <source>There is no certificate for purge %1: it did not finish.</source>
        <translation>No hay certificado de la purga %1: no terminó.</translation>
    </message>
    <message>
        <source>Purge %1, finished %2, run by %3.</source>
        <translation>Purga %1, terminada el %2, ejecutada por %3.</translation>
    </message>
    <message>
        <source>Started %1; days counted in %2.</source>
        <translation>Iniciada el %1; días contados en la zona horaria %2.</translation>
    </message>
    <message>
        <source>This purge completed the interrupted purge %1; its figures include the reads that purge removed before it stopped.</source>
        <translation>Esta purga completó la purga interrumpida %1; sus cifras incluyen las lecturas que esa purga eliminó antes de detenerse.</translation>
    </message>
    <message>
        <source>%1 reads: kept %2 days, images %3 days (%4); reads captured before %5 and images before %6 expired. Removed %7 reads and the images of %8 more; %9 expired reads kept by holds%10.</source>
        <translation>Lecturas de origen %1: se conservan %2 días, las imágenes %3 días (%4); vencieron las lecturas capturadas antes de %5 y las imágenes anteriores a %6. Se eliminaron %7 lecturas y las imágenes de otras %8; %9 lecturas vencidas conservadas por retenciones legales%10.</translation>
    </message>
    <message>
        <source> (holds %1)</source>
        <translation> (retenciones %1)</translation>
    </message>
    <message>
        <source>In all %1 reads removed, and the images of %2 reads kept.</source>
        <translation>En total se eliminaron %1 lecturas, y las imágenes de %2 lecturas que se conservan.</translation>
    </message>
    <message>
        <source>Earliest capture removed %1; latest %2.</source>
        <translation>Captura eliminada más antigua: %1; más reciente: %2.</translation>
    </message>
    <message>
        <source>SHA-256 over the removed read ids (sorted, one decimal id and a newline each): %1</source>
        <translation>SHA-256 de los identificadores de las lecturas eliminadas (ordenados, cada uno como identificador decimal seguido de un salto de línea): %1</translation>
    </message>
    <message>
        <source>The write-ahead log was emptied after the purge.</source>
        <translation>El registro de escritura anticipada se vació después de la purga.</translation>
    </message>
    <message>
        <source>The write-ahead log could not be emptied (another process was reading); it is emptied at the next checkpoint.</source>
        <translation>No se pudo vaciar el registro de escritura anticipada (otro proceso lo estaba leyendo); se vacía en el siguiente punto de control.</translation>
    </message>
    <message>
        <source>The audit trail is not purged: it keeps the read ids and queries it holds. Backups keep what they hold until their own retention ends.</source>
        <translation>El registro de auditoría no se purga: conserva los identificadores de lecturas y las consultas que contiene. Las copias de seguridad conservan lo que contienen hasta que vence su propio periodo de conservación.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Capture day</source>
        <translation>Día de captura</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reads removed</source>
        <translation>Lecturas eliminadas</translation>
    </message>
    <message>
        <source>Images removed</source>
        <translation>Imágenes eliminadas</translation>
    </message>
    <message>
        <source>Certificate of ALPR data purge %1</source>
        <translation>Certificado de purga de datos de ALPR %1</translation>
    </message>
    <message>
        <source>On the department store the removed rows stay in the server&apos;s table files until VACUUM (autovacuum, or the maintenance job) lets their space be reused, and in its write-ahead log archives until those are recycled.</source>
        <translation>En el almacén del departamento las filas eliminadas permanecen en los archivos de tablas del servidor hasta que VACUUM (autovacuum, o la tarea de mantenimiento) permite reutilizar su espacio, y en sus archivos del registro de escritura anticipada hasta que estos se reciclan.</translation>
    </message>
</context>
<context>
    <name>alpr::RetentionRules</name>
    <message>
        <source>The retention rules need exactly one period for %1 reads.</source>
        <translation>Las reglas de conservación necesitan exactamente un periodo para las lecturas de origen %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a source kind: use mobile, fixed or unknown.</source>
        <translation>&quot;%1&quot; no es un tipo de origen: use mobile, fixed o unknown.</translation>
    </message>
    <message>
        <source>The %1 reads&apos; period must be 1 to %2 days, not %3.</source>
        <translation>El periodo de las lecturas de origen %1 debe ser de 1 a %2 días, no %3.</translation>
    </message>
    <message>
        <source>The %1 images&apos; period must be 1 day to the reads&apos; %2 days, not %3: an image is never kept without its read.</source>
        <translation>El periodo de las imágenes de origen %1 debe ir de 1 día a los %2 días de las lecturas, no %3: nunca se conserva una imagen sin su lectura.</translation>
    </message>
    <message>
        <source>Name the policy section the %1 reads&apos; period follows.</source>
        <translation>Indique la sección de la política que sigue el periodo de las lecturas de origen %1.</translation>
    </message>
    <message>
        <source>policy section</source>
        <translation>sección de la política</translation>
    </message>
    <message>
        <source>Vehicle-mounted reads are kept one year (Government Code 34090.6; %1). A shorter period of %2 days needs the policy section that sets it.</source>
        <translation>Las lecturas de cámaras montadas en vehículos se conservan un año (Código de Gobierno 34090.6; %1). Un periodo más corto, de %2 días, necesita la sección de la política que lo establece.</translation>
    </message>
    <message numerus="yes">
        <source>These periods are shorter: the next purge will remove %n more read(s) than it would now. Confirm to save them.</source>
        <translation>
            <numerusform>Estos periodos son más cortos: la próxima purga eliminará %n lectura más que si se ejecutara ahora. Confirme para guardarlos.</numerusform>
            <numerusform>Estos periodos son más cortos: la próxima purga eliminará %n lecturas más que si se ejecutara ahora. Confirme para guardarlos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::SearchService</name>
    <message>
        <source>--max-edits takes 0, 1 or 2, not %1</source>
        <translation>--max-edits admite 0, 1 o 2, no %1</translation>
    </message>
    <message>
        <source>the time range is empty: %1 is not before %2</source>
        <translation>el intervalo de tiempo está vacío: %1 no es anterior a %2</translation>
    </message>
    <message>
        <source>near misses (--max-edits) are searched for a whole plate, not for a pattern with wildcards: &quot;%1&quot;</source>
        <translation>las casi coincidencias (--max-edits) se buscan para una placa completa, no para un patrón con comodines: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>reads and images are opened under one of your own searches; search %1 is not one</source>
        <translation>las lecturas y las imágenes se abren en una de sus propias búsquedas; la búsqueda %1 no lo es</translation>
    </message>
</context>
<context>
    <name>alpr::ServiceAccounts</name>
    <message>
        <source>%1 (roles: %2) is a person&apos;s account: a person chooses their own password, so it is not generated into a password file; leave out --password-file</source>
        <translation>%1 (roles: %2) es la cuenta de una persona: una persona elige su propia contraseña, así que no se genera en un archivo de contraseña; omita --password-file</translation>
    </message>
    <message>
        <source>%1 is a person&apos;s account: %2 it with a password the person changes at sign-in, without --password-file</source>
        <translation>%1 es la cuenta de una persona: %2 con una contraseña que la persona cambia al iniciar sesión, sin --password-file</translation>
    </message>
    <message>
        <source>there is no user %1; &apos;alprctl user list&apos; shows them</source>
        <translation>no existe el usuario %1; &apos;alprctl user list&apos; los muestra</translation>
    </message>
    <message>
        <source>%1 is a service account and keeps service roles (%2); give the person an account of their own</source>
        <translation>%1 es una cuenta de servicio y conserva los roles de servicio (%2); dé a la persona una cuenta propia</translation>
    </message>
    <message>
        <source>%1 is a person&apos;s account and cannot take the service roles %2; add a service account with &apos;alprctl user add NAME --roles %3 --password-file FILE&apos;</source>
        <translation>%1 es la cuenta de una persona y no puede tener los roles de servicio %2; agregue una cuenta de servicio con &apos;alprctl user add NOMBRE --roles %3 --password-file ARCHIVO&apos;</translation>
    </message>
    <message>
        <source>%1 is a service account: its password is generated into a new file, never chosen or temporary; use &apos;alprctl user add %1 --roles ROLE --password-file FILE&apos;</source>
        <translation>%1 es una cuenta de servicio: su contraseña se genera en un archivo nuevo, nunca se elige ni es temporal; use &apos;alprctl user add %1 --roles ROL --password-file ARCHIVO&apos;</translation>
    </message>
    <message>
        <source>%1 is a service account for an unattended job, which has nobody to type a one-time code; it signs in with its password file only</source>
        <translation>%1 es una cuenta de servicio para un trabajo desatendido, en el que nadie puede escribir un código de un solo uso; inicia sesión solo con su archivo de contraseña</translation>
    </message>
</context>
<context>
    <name>alpr::Session</name>
    <message>
        <source>Your key slot does not hold the agency&apos;s root key, which certifies other users&apos; keys. Ask an administrator who holds it to do this.</source>
        <translation>Su ranura de clave no contiene la clave raíz de la agencia, que certifica las claves de los demás usuarios. Pida a un administrador que la tenga que lo haga.</translation>
    </message>
    <message>
        <source>the account %1 is disabled</source>
        <translation>la cuenta %1 está deshabilitada</translation>
    </message>
    <message>
        <source>%1 (roles: %2) may not %3</source>
        <translation>%1 (roles: %2) no puede %3</translation>
    </message>
    <message>
        <source>%1 must change the temporary password before anything else (alprctl user passwd %1, or Account &gt; Change password)</source>
        <translation>%1 debe cambiar la contraseña temporal antes de cualquier otra cosa (alprctl user passwd %1, o Cuenta &gt; Cambiar contraseña)</translation>
    </message>
    <message>
        <source>the administrator requires a second factor: %1 must enrol a one-time code app first (alprctl user totp %1)</source>
        <translation>el administrador exige un segundo factor: %1 debe registrar primero una aplicación de códigos de un solo uso (alprctl user totp %1)</translation>
    </message>
    <message>
        <source>%1 may not %2: %3</source>
        <translation>%1 no puede %2: %3</translation>
    </message>
    <message>
        <source>the account %1 is locked %2</source>
        <translation>la cuenta %1 está bloqueada %2</translation>
    </message>
    <message>
        <source>wrong password</source>
        <translation>contraseña incorrecta</translation>
    </message>
    <message>
        <source>the new password must differ from the current one</source>
        <translation>la contraseña nueva debe ser distinta de la actual</translation>
    </message>
    <message>
        <source>%1 is a service account (%2) for unattended jobs and cannot sign in at the workstation; sign in with your own account</source>
        <translation>%1 es una cuenta de servicio (%2) para trabajos desatendidos y no puede iniciar sesión en la estación de trabajo; inicie sesión con su propia cuenta</translation>
    </message>
    <message>
        <source>a store file has no connection to make again</source>
        <translation>un almacén en archivo no tiene ninguna conexión que establecer de nuevo</translation>
    </message>
    <message>
        <source>the connection to the department store %1 is not lost; there is nothing to sign in again for</source>
        <translation>la conexión con el almacén del departamento %1 no se ha perdido; no hace falta volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>alpr::SessionRegistry</name>
    <message>
        <source>%1 is already signed in on %2 since %3; sign out there first (one session per user)</source>
        <translation>%1 ya inició sesión en %2 desde %3; cierre allí la sesión primero (una sesión por usuario)</translation>
    </message>
</context>
<context>
    <name>alpr::SignIn</name>
    <message>
        <source>no store at %1; create one with &apos;alprctl init&apos; or &apos;alprctl demo&apos;</source>
        <translation>no hay ningún almacén en %1; cree uno con &apos;alprctl init&apos; o &apos;alprctl demo&apos;</translation>
    </message>
    <message>
        <source>The key-slot file %1 holds an older key slot for %2 (generation %3; the store has seen generation %4): it was put back from an earlier copy, which would bring back an old password. Put the current key-slot file back, or ask an administrator to reset your password.</source>
        <translation>El archivo de ranuras de clave %1 contiene una ranura de clave anterior para %2 (generación %3; el almacén ya vio la generación %4): se restauró de una copia anterior, lo que devolvería una contraseña antigua. Vuelva a poner el archivo de ranuras de clave actual, o pida a un administrador que restablezca su contraseña.</translation>
    </message>
    <message>
        <source>the account %1 is disabled; ask an administrator</source>
        <translation>la cuenta %1 está deshabilitada; consulte a un administrador</translation>
    </message>
    <message>
        <source>%1 signs in with a one-time code as well: enter the 6-digit code from your authenticator app</source>
        <translation>%1 también inicia sesión con un código de un solo uso: escriba el código de 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>wrong one-time code</source>
        <translation>código de un solo uso incorrecto</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation>%1 ya existe; elija otro archivo</translation>
    </message>
    <message>
        <source>wrong user name, password or one-time code</source>
        <translation>usuario, contraseña o código de un solo uso incorrectos</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
</context>
<context>
    <name>alpr::SignInFailures</name>
    <message>
        <source>until an administrator unlocks it</source>
        <translation>hasta que un administrador la desbloquee</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>hasta el %1</translation>
    </message>
    <message>
        <source>; the account is now locked %1</source>
        <translation>; la cuenta queda bloqueada %1</translation>
    </message>
    <message>
        <source> (%1 of %2 attempts before the account locks)</source>
        <translation> (intento %1 de %2 antes de que se bloquee la cuenta)</translation>
    </message>
    <message>
        <source>wrong user name or password</source>
        <translation>usuario o contraseña incorrectos</translation>
    </message>
    <message>
        <source>the account %1 is locked after %2 failed sign-ins %3; wait, or ask an administrator to unlock it</source>
        <translation>la cuenta %1 está bloqueada tras %2 intentos fallidos de inicio de sesión %3; espere, o pida a un administrador que la desbloquee</translation>
    </message>
</context>
<context>
    <name>alpr::SqlAuditEventRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>al leer el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>alpr::SqlCipherDriver</name>
    <message>
        <source>Unable to prepare statement</source>
        <translation>No se puede preparar la instrucción</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>No se puede ejecutar la instrucción</translation>
    </message>
    <message>
        <source>Unable to bind value</source>
        <translation>No se puede vincular el valor</translation>
    </message>
    <message>
        <source>Unable to fetch row</source>
        <translation>No se puede obtener la fila</translation>
    </message>
    <message>
        <source>Unknown connect option &quot;%1&quot; for %2; QSQLCIPHER knows QSQLCIPHER_CREATE and QSQLCIPHER_READONLY</source>
        <translation>Opción de conexión desconocida &quot;%1&quot; para %2; QSQLCIPHER conoce QSQLCIPHER_CREATE y QSQLCIPHER_READONLY</translation>
    </message>
    <message>
        <source>QSQLCIPHER_CREATE and QSQLCIPHER_READONLY exclude each other (opening %1)</source>
        <translation>QSQLCIPHER_CREATE y QSQLCIPHER_READONLY se excluyen mutuamente (al abrir %1)</translation>
    </message>
    <message>
        <source>QSQLCIPHER takes a raw key through SqlCipherDriver::setKey(), not a password (opening %1)</source>
        <translation>QSQLCIPHER recibe una clave en bruto mediante SqlCipherDriver::setKey(), no una contraseña (al abrir %1)</translation>
    </message>
    <message>
        <source>No database key was set before opening %1</source>
        <translation>No se fijó ninguna clave de base de datos antes de abrir %1</translation>
    </message>
    <message>
        <source>The database key must be %1 bytes, not %2 (opening %3)</source>
        <translation>La clave de base de datos debe tener %1 bytes, no %2 (al abrir %3)</translation>
    </message>
    <message>
        <source>The SQLite library in this process has no encryption (a plain SQLite shadows SQLCipher); refusing to open %1</source>
        <translation>La biblioteca SQLite de este proceso no tiene cifrado (un SQLite sin cifrado oculta a SQLCipher); se rechaza abrir %1</translation>
    </message>
    <message>
        <source>Store file not found: %1</source>
        <translation>No se encontró el archivo del almacén: %1</translation>
    </message>
    <message>
        <source>Could not open the store %1: %2</source>
        <translation>No se pudo abrir el almacén %1: %2</translation>
    </message>
    <message>
        <source>Could not set the key on %1: %2</source>
        <translation>No se pudo fijar la clave en %1: %2</translation>
    </message>
    <message>
        <source>Could not set the page size on %1: %2</source>
        <translation>No se pudo fijar el tamaño de página en %1: %2</translation>
    </message>
    <message>
        <source>The SQLite library in this process has no encryption; refusing to open %1</source>
        <translation>La biblioteca SQLite de este proceso no tiene cifrado; se rechaza abrir %1</translation>
    </message>
    <message>
        <source>wrong key or not an ALPR store: %1</source>
        <translation>clave incorrecta o no es un almacén de ALPR: %1</translation>
    </message>
    <message>
        <source>Could not read the store %1: %2</source>
        <translation>No se pudo leer el almacén %1: %2</translation>
    </message>
    <message>
        <source>The database is not open</source>
        <translation>La base de datos no está abierta</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>No se puede iniciar la transacción</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>No se puede confirmar la transacción</translation>
    </message>
    <message>
        <source>Unable to roll back transaction</source>
        <translation>No se puede revertir la transacción</translation>
    </message>
</context>
<context>
    <name>alpr::SqlEvidenceRepository</name>
    <message>
        <source>Release request %1 was already decided.</source>
        <translation>La solicitud de divulgación %1 ya se decidió.</translation>
    </message>
</context>
<context>
    <name>alpr::SqlHotListRepository</name>
    <message>
        <source>hit %1 was changed by someone else meanwhile; look at it again</source>
        <translation>otra persona cambió la alerta %1 mientras tanto; vuelva a consultarla</translation>
    </message>
</context>
<context>
    <name>alpr::SqlInquiryRepository</name>
    <message>
        <source>listing recent cases</source>
        <translation>al listar los casos recientes</translation>
    </message>
</context>
<context>
    <name>alpr::SqlReadRepository</name>
    <message>
        <source>a plate vanished during import</source>
        <translation>una placa desapareció durante la importación</translation>
    </message>
    <message>
        <source>looking for reads already stored</source>
        <translation>al buscar lecturas ya guardadas</translation>
    </message>
    <message>
        <source>reading plate reads</source>
        <translation>al leer lecturas de placas</translation>
    </message>
    <message>
        <source>filtering reads</source>
        <translation>al filtrar lecturas</translation>
    </message>
    <message>
        <source>read %1 has no %2 image</source>
        <translation>la lectura %1 no tiene imagen de %2</translation>
    </message>
    <message>
        <source>listing images</source>
        <translation>al listar imágenes</translation>
    </message>
    <message>
        <source>counting reads</source>
        <translation>al contar lecturas</translation>
    </message>
    <message>
        <source>counting plates</source>
        <translation>al contar placas</translation>
    </message>
    <message>
        <source>finding the reads in an area</source>
        <translation>al buscar las lecturas de una zona</translation>
    </message>
    <message>
        <source>there is no read %1</source>
        <translation>no existe la lectura %1</translation>
    </message>
    <message>
        <source>finding the newest read</source>
        <translation>al buscar la lectura más reciente</translation>
    </message>
    <message>
        <source>reading the reads stored since</source>
        <translation>al leer las lecturas guardadas desde</translation>
    </message>
</context>
<context>
    <name>alpr::SqlRetentionRepository</name>
    <message>
        <source>placing a legal hold</source>
        <translation>al establecer una retención legal</translation>
    </message>
    <message>
        <source>releasing a legal hold</source>
        <translation>al liberar una retención legal</translation>
    </message>
    <message>
        <source>Legal hold %1 is released already.</source>
        <translation>La retención legal %1 ya está liberada.</translation>
    </message>
    <message>
        <source>reading legal holds</source>
        <translation>al leer las retenciones legales</translation>
    </message>
    <message>
        <source>reading a legal hold</source>
        <translation>al leer una retención legal</translation>
    </message>
    <message>
        <source>reading reads</source>
        <translation>al leer lecturas</translation>
    </message>
    <message>
        <source>counting expired reads</source>
        <translation>al contar lecturas vencidas</translation>
    </message>
    <message>
        <source>counting expired images</source>
        <translation>al contar imágenes vencidas</translation>
    </message>
    <message>
        <source>counting held reads</source>
        <translation>al contar lecturas retenidas</translation>
    </message>
    <message>
        <source>reading purge runs</source>
        <translation>al leer las ejecuciones de purga</translation>
    </message>
    <message>
        <source>starting a purge</source>
        <translation>al iniciar una purga</translation>
    </message>
    <message>
        <source>dropping expired images</source>
        <translation>al eliminar imágenes vencidas</translation>
    </message>
    <message>
        <source>purging expired reads</source>
        <translation>al purgar lecturas vencidas</translation>
    </message>
    <message>
        <source>reading a purge&apos;s reads</source>
        <translation>al leer las lecturas de una purga</translation>
    </message>
    <message>
        <source>finishing a purge</source>
        <translation>al terminar una purga</translation>
    </message>
    <message>
        <source>Purge %1 was taken over by another purge.</source>
        <translation>Otra purga se hizo cargo de la purga %1.</translation>
    </message>
    <message>
        <source>reading purged reads</source>
        <translation>al leer las lecturas purgadas</translation>
    </message>
</context>
<context>
    <name>alpr::SqlSampleRepository</name>
    <message>
        <source>reading the audit trail</source>
        <translation>al leer el registro de auditoría</translation>
    </message>
    <message>
        <source>reading the sample</source>
        <translation>al leer la muestra</translation>
    </message>
    <message>
        <source>reading the samples</source>
        <translation>al leer las muestras</translation>
    </message>
</context>
<context>
    <name>alpr::SqlSettingsRepository</name>
    <message>
        <source>reading the purposes</source>
        <translation>al leer los propósitos</translation>
    </message>
</context>
<context>
    <name>alpr::SqlUserRepository</name>
    <message>
        <source>no user %1</source>
        <translation>no existe el usuario %1</translation>
    </message>
    <message>
        <source>listing users</source>
        <translation>al listar usuarios</translation>
    </message>
    <message>
        <source>reading training records</source>
        <translation>al leer los registros de capacitación</translation>
    </message>
</context>
<context>
    <name>alpr::Store</name>
    <message>
        <source>The store %1 is being given a new key or restored from a backup by an administrator; try again in a minute.</source>
        <translation>Un administrador está dando una clave nueva al almacén %1 o restaurándolo desde una copia de seguridad; inténtelo de nuevo en un minuto.</translation>
    </message>
    <message>
        <source>Other sessions have the store %1 open (workstations, a receiver or a scheduled job). Ask their users to sign out and stop the services, then try again.</source>
        <translation>Otras sesiones tienen abierto el almacén %1 (estaciones de trabajo, un receptor o una tarea programada). Pida a sus usuarios que cierren sesión y detenga los servicios; luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not lock the store %1: %2</source>
        <translation>No se pudo bloquear el almacén %1: %2</translation>
    </message>
    <message>
        <source>Could not move the write-ahead log of %1 into the store file: another connection is still reading it</source>
        <translation>No se pudo pasar el registro de escritura anticipada de %1 al archivo del almacén: otra conexión todavía lo está leyendo</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation>%1 ya existe; elija otro archivo</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>No se pudo crear %1: %2</translation>
    </message>
    <message>
        <source>Could not copy the store %1 to %2: %3</source>
        <translation>No se pudo copiar el almacén %1 en %2: %3</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>no hay ningún almacén en %1</translation>
    </message>
    <message>
        <source>Could not open the lock file of %1: %2</source>
        <translation>No se pudo abrir el archivo de bloqueo de %1: %2</translation>
    </message>
    <message>
        <source>its first page does not decrypt with the key its slot gave; unless the slot file belongs to another store</source>
        <translation>su primera página no se descifra con la clave que dio su ranura; a menos que el archivo de ranuras pertenezca a otro almacén</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>no se puede abrir el almacén %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>reading the schema version of %1</source>
        <translation>al leer la versión del esquema de %1</translation>
    </message>
    <message>
        <source>preparing the schema of %1</source>
        <translation>al preparar el esquema de %1</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this program understands (%3); update ALPR Workstation</source>
        <translation>%1 tiene la versión de esquema %2, más nueva de lo que este programa entiende (%3); actualice ALPR Workstation</translation>
    </message>
    <message>
        <source>updating it to version %1</source>
        <translation>al actualizarlo a la versión %1</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>la migración %1 (%2) falló: %3</translation>
    </message>
    <message>
        <source>starting a transaction: %1</source>
        <translation>al iniciar una transacción: %1</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1: %2</source>
        <translation>no se puede iniciar una transacción en %1: %2</translation>
    </message>
    <message>
        <source>committing: %1</source>
        <translation>al confirmar: %1</translation>
    </message>
    <message>
        <source>cannot commit to %1: %2</source>
        <translation>no se puede confirmar en %1: %2</translation>
    </message>
    <message>
        <source>cannot compact %1: %2</source>
        <translation>no se puede compactar %1: %2</translation>
    </message>
    <message>
        <source>cannot tell whether the store changed: %1</source>
        <translation>no se puede saber si el almacén cambió: %1</translation>
    </message>
    <message>
        <source>PRAGMA %1 on %2</source>
        <translation>PRAGMA %1 en %2</translation>
    </message>
</context>
<context>
    <name>alpr::StoreCheck</name>
    <message>
        <source>page %1 unreadable, in no table or index (a free page)</source>
        <translation>página %1 ilegible, en ninguna tabla ni índice (una página libre)</translation>
    </message>
    <message>
        <source>the write-ahead log (%1-wal), frames of page %2</source>
        <translation>el registro de escritura anticipada (%1-wal), tramas de la página %2</translation>
    </message>
    <message>
        <source>the file ends in the middle of a page</source>
        <translation>el archivo termina en medio de una página</translation>
    </message>
    <message>
        <source>the integrity check: %1</source>
        <translation>la verificación de integridad: %1</translation>
    </message>
    <message>
        <source>the integrity check stopped: %1</source>
        <translation>la verificación de integridad se detuvo: %1</translation>
    </message>
    <message>
        <source>store %1</source>
        <translation>almacén %1</translation>
    </message>
    <message>
        <source>pages: %1 read, %2 failed their check%3</source>
        <translation>páginas: %1 leídas, %2 no pasaron su verificación%3</translation>
    </message>
    <message>
        <source> (page %1)</source>
        <translation> (página %1)</translation>
    </message>
    <message>
        <source>write-ahead log: %1 pages read, %2 failed their check</source>
        <translation>registro de escritura anticipada: %1 páginas leídas, %2 no pasaron su verificación</translation>
    </message>
    <message>
        <source>schema (sqlite_master): DAMAGED: %1</source>
        <translation>esquema (sqlite_master): DAÑADO: %1</translation>
    </message>
    <message>
        <source>%1 %2 (root page %3)</source>
        <translation>%1 %2 (página raíz %3)</translation>
    </message>
    <message>
        <source>%1: %2 entries read</source>
        <translation>%1: %2 entradas leídas</translation>
    </message>
    <message>
        <source>%1: DAMAGED: %2</source>
        <translation>%1: DAÑADO: %2</translation>
    </message>
    <message>
        <source>integrity check: stopped: %1</source>
        <translation>verificación de integridad: detenida: %1</translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation>verificación de integridad: correcta</translation>
    </message>
    <message>
        <source>integrity check: %1</source>
        <translation>verificación de integridad: %1</translation>
    </message>
    <message>
        <source>audit trail: not checked (the store is damaged)</source>
        <translation>registro de auditoría: no verificado (el almacén está dañado)</translation>
    </message>
    <message numerus="yes">
        <source>audit trail: intact, %n events, latest hash %1</source>
        <translation>
            <numerusform>registro de auditoría: íntegro, %n evento, último hash %1</numerusform>
            <numerusform>registro de auditoría: íntegro, %n eventos, último hash %1</numerusform>
        </translation>
    </message>
    <message>
        <source>audit trail: BROKEN at event %1: %2</source>
        <translation>registro de auditoría: ROTO en el evento %1: %2</translation>
    </message>
    <message>
        <source>no store at %1</source>
        <translation>no hay ningún almacén en %1</translation>
    </message>
    <message>
        <source>Your key slot holds no key to the store %1</source>
        <translation>Su ranura de clave no contiene ninguna clave del almacén %1</translation>
    </message>
    <message>
        <source>plates whose count of reads or newest read differs from their reads: %1</source>
        <translation>matrículas cuyo recuento de lecturas o lectura más reciente difiere de sus lecturas: %1</translation>
    </message>
    <message>
        <source>starts and ends whose count of reads differs from a recount: %1</source>
        <translation>inicios y finales cuyo recuento de lecturas difiere de un nuevo recuento: %1</translation>
    </message>
    <message>
        <source>alternative readings whose copy of their read&apos;s plate and time differs from the read: %1</source>
        <translation>lecturas alternativas cuya copia de la matrícula y la hora de su lectura difiere de la lectura: %1</translation>
    </message>
    <message>
        <source>department store %1</source>
        <translation>almacén del departamento %1</translation>
    </message>
    <message>
        <source>audit trail: not read (an auditor verifies it)</source>
        <translation>registro de auditoría: no leído (lo verifica un auditor)</translation>
    </message>
    <message>
        <source>mended: the counts were recounted from the reads; checked again:</source>
        <translation>reparado: los recuentos se rehicieron a partir de las lecturas; comprobado de nuevo:</translation>
    </message>
    <message>
        <source>This check is the department store&apos;s; a store file has its own</source>
        <translation>Esta comprobación es la del almacén del departamento; un archivo de almacén tiene la suya</translation>
    </message>
    <message numerus="yes">
        <source>code: %n functions, triggers, tables and schemas, as the migrations made them</source>
        <translation>
            <numerusform>código: %n función, disparador, tabla o esquema, como los hicieron las migraciones</numerusform>
            <numerusform>código: %n funciones, disparadores, tablas y esquemas, como los hicieron las migraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>code changed: %1</source>
        <translation>código cambiado: %1</translation>
    </message>
    <message>
        <source>code missing: %1</source>
        <translation>código que falta: %1</translation>
    </message>
    <message>
        <source>code added: %1</source>
        <translation>código añadido: %1</translation>
    </message>
</context>
<context>
    <name>alpr::StoreDamage</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
</context>
<context>
    <name>alpr::StoreKeys</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Your key slot holds no key to the store %1: it was given a new key while your account was disabled. Ask an administrator to enable the account.</source>
        <translation>Su ranura de clave no contiene ninguna clave del almacén %1: el almacén recibió una clave nueva mientras su cuenta estaba deshabilitada. Pida a un administrador que habilite la cuenta.</translation>
    </message>
    <message>
        <source>no current key</source>
        <translation>no hay clave vigente</translation>
    </message>
    <message>
        <source>Could not put the new store file in place of %1: %2. The store keeps its old key.</source>
        <translation>No se pudo poner el nuevo archivo del almacén en lugar de %1: %2. El almacén conserva su clave anterior.</translation>
    </message>
    <message>
        <source>Other sessions have the store %1 open (workstations, a receiver or a scheduled job). Ask their users to sign out and stop the services, then try again.</source>
        <translation>Otras sesiones tienen abierto el almacén %1 (estaciones de trabajo, un receptor o una tarea programada). Pida a sus usuarios que cierren sesión y detenga los servicios; luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 They were told, and did not close within %2 seconds.</source>
        <translation>%1 Se les avisó y no cerraron en %2 segundos.</translation>
    </message>
    <message>
        <source>The copy of the store under its new key does not open (%1); the store keeps its old key.</source>
        <translation>La copia del almacén con su clave nueva no se abre (%1); el almacén conserva su clave anterior.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another file</source>
        <translation>%1 ya existe; elija otro archivo</translation>
    </message>
    <message>
        <source>%1 is a backup of another store (its key slots name store %2, this store is %3)</source>
        <translation>%1 es una copia de seguridad de otro almacén (sus ranuras de clave nombran el almacén %2, este almacén es %3)</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: %2</source>
        <translation>La copia de seguridad %1 no se puede restaurar: %2</translation>
    </message>
    <message>
        <source>%1 is not an active administrator in the backup %2; only an administrator may restore it</source>
        <translation>%1 no es un administrador activo en la copia de seguridad %2; solo un administrador puede restaurarla</translation>
    </message>
</context>
<context>
    <name>alpr::StoreScan</name>
    <message>
        <source>the schema (sqlite_master)</source>
        <translation>el esquema (sqlite_master)</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>no se puede abrir %1: %2</translation>
    </message>
    <message>
        <source>cannot read the %1 %2 of %3: %4</source>
        <translation>no se puede leer %1 %2 de %3: %4</translation>
    </message>
</context>
<context>
    <name>alpr::TextInput</name>
    <message>
        <source>the %1 is %2 characters long; at most %3 are allowed</source>
        <translation>el campo «%1» tiene %2 caracteres; se permiten como máximo %3</translation>
    </message>
    <message>
        <source>the %1 holds a control character (such as a line break or a terminal code) at character %2; remove it and try again</source>
        <translation>el campo «%1» contiene un carácter de control (como un salto de línea o un código de terminal) en el carácter %2; quítelo e inténtelo de nuevo</translation>
    </message>
</context>
<context>
    <name>alpr::Totp</name>
    <message>
        <source>the secret may only hold the letters A-Z and the digits 2-7</source>
        <translation>la clave secreta solo puede contener las letras A-Z y los dígitos 2-7</translation>
    </message>
    <message>
        <source>the secret is empty</source>
        <translation>la clave secreta está vacía</translation>
    </message>
</context>
<context>
    <name>alpr::TrailAnchors</name>
    <message>
        <source>The anchor target &quot;%1&quot; %2. Use &quot;syslog&quot;, &quot;unix:/path&quot;, &quot;udp:host:port&quot; or &quot;off&quot;.</source>
        <translation>El destino de anclaje &quot;%1&quot; %2. Use &quot;syslog&quot;, &quot;unix:/ruta&quot;, &quot;udp:host:puerto&quot; u &quot;off&quot;.</translation>
    </message>
    <message>
        <source>Could not send the trail&apos;s anchor to %1: %2</source>
        <translation>No se pudo enviar el anclaje del registro a %1: %2</translation>
    </message>
    <message>
        <source>names a socket path that is too long</source>
        <translation>indica una ruta de socket demasiado larga</translation>
    </message>
    <message>
        <source>needs an absolute socket path</source>
        <translation>necesita una ruta de socket absoluta</translation>
    </message>
    <message>
        <source>needs a host and a port from 1 to 65535</source>
        <translation>necesita un host y un puerto del 1 al 65535</translation>
    </message>
    <message>
        <source>is not one this program knows</source>
        <translation>no es uno que este programa conozca</translation>
    </message>
</context>
<context>
    <name>alpr::UserAccount</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter</source>
        <translation>&quot;%1&quot; no es un nombre de usuario válido: use de 2 a 32 letras minúsculas, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, empezando por una letra</translation>
    </message>
    <message>
        <source>%1 has no record of department-approved ALPR training; ALPR data stays closed until an administrator records it</source>
        <translation>%1 no tiene registrada la capacitación de ALPR aprobada por el departamento; los datos de ALPR quedan cerrados hasta que un administrador la registre</translation>
    </message>
    <message>
        <source>the ALPR training of %1 expired on %2; ALPR data stays closed until an administrator records a current course</source>
        <translation>la capacitación de ALPR de %1 venció el %2; los datos de ALPR quedan cerrados hasta que un administrador registre un curso vigente</translation>
    </message>
    <message>
        <source>the ALPR training of %1 is not yet complete; ALPR data stays closed until an administrator records it</source>
        <translation>la capacitación de ALPR de %1 aún no está completa; los datos de ALPR quedan cerrados hasta que un administrador la registre</translation>
    </message>
    <message>
        <source>give %1 at least one role</source>
        <translation>asigne a %1 al menos un rol</translation>
    </message>
    <message>
        <source>%1 cannot hold the service role %2 together with the role %3 of a person: a service account is for an unattended job and holds only %4; give the person and the job separate accounts</source>
        <translation>%1 no puede tener el rol de servicio %2 junto con el rol %3 de una persona: una cuenta de servicio es para un trabajo desatendido y solo tiene %4; dé cuentas separadas a la persona y al trabajo</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>alpr::UserAdministration</name>
    <message>
        <source>the account is disabled</source>
        <translation>la cuenta está deshabilitada</translation>
    </message>
    <message>
        <source>there is no user %1; &apos;alprctl user list&apos; shows them</source>
        <translation>no existe el usuario %1; &apos;alprctl user list&apos; los muestra</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nombre completo</translation>
    </message>
    <message>
        <source>a user named %1 already exists</source>
        <translation>ya existe un usuario llamado %1</translation>
    </message>
    <message>
        <source>a training record needs a course and a completion date</source>
        <translation>un registro de capacitación necesita un curso y una fecha de finalización</translation>
    </message>
    <message>
        <source>the training expires (%1) before it was completed (%2)</source>
        <translation>la capacitación vence (%1) antes de haberse completado (%2)</translation>
    </message>
    <message>
        <source>the completion date %1 is in the future</source>
        <translation>la fecha de finalización %1 está en el futuro</translation>
    </message>
    <message>
        <source>give %1 at least one role; to stop someone signing in, disable the account</source>
        <translation>asigne a %1 al menos un rol; para impedir que alguien inicie sesión, deshabilite la cuenta</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; make someone else an administrator first</source>
        <translation>%1 es el último administrador activo; primero haga administrador a otra persona</translation>
    </message>
    <message>
        <source>Your key slot does not hold the agency&apos;s root key, so you cannot pass it on to a new administrator.</source>
        <translation>Su ranura de clave no contiene la clave raíz de la agencia, así que no puede transmitirla a un administrador nuevo.</translation>
    </message>
    <message>
        <source>you cannot disable your own account; ask another administrator</source>
        <translation>no puede deshabilitar su propia cuenta; pida a otro administrador</translation>
    </message>
    <message>
        <source>%1 is the last active administrator</source>
        <translation>%1 es el último administrador activo</translation>
    </message>
    <message>
        <source>%1 is already enabled; use a password reset to give them a new password</source>
        <translation>%1 ya está habilitado; use un restablecimiento de contraseña para darle una contraseña nueva</translation>
    </message>
    <message>
        <source>change your own password with &apos;alprctl user passwd %1&apos; or Account &gt; Change password</source>
        <translation>cambie su propia contraseña con &apos;alprctl user passwd %1&apos; o Cuenta &gt; Cambiar contraseña</translation>
    </message>
    <message>
        <source>%1 is disabled; enable the account, which sets a new temporary password</source>
        <translation>%1 está deshabilitado; habilite la cuenta, lo que fija una contraseña temporal nueva</translation>
    </message>
    <message>
        <source>a one-time code secret needs at least 128 bits</source>
        <translation>una clave secreta de códigos de un solo uso necesita al menos 128 bits</translation>
    </message>
    <message>
        <source>the code does not match; check the phone&apos;s clock and type the code the app shows now</source>
        <translation>el código no coincide; revise la hora del teléfono y escriba el código que la aplicación muestra ahora</translation>
    </message>
</context>
<context>
    <name>alpr::departmentstore</name>
    <message>
        <source>--from names the store file to migrate, not a department store</source>
        <translation>--from nombra el archivo del almacén que se migra, no un almacén del departamento</translation>
    </message>
    <message>
        <source>%1 holds no department store: run alprctl pg init first</source>
        <translation>%1 no contiene ningún almacén del departamento: ejecute primero alprctl pg init</translation>
    </message>
    <message>
        <source>The department store %1 has schema version %2, older than this program&apos;s %3: run alprctl pg upgrade first</source>
        <translation>El almacén del departamento %1 tiene la versión de esquema %2, anterior a la %3 de este programa: ejecute primero alprctl pg upgrade</translation>
    </message>
    <message>
        <source>The file store&apos;s audit trail does not verify: event %1: %2 (%3 events checked). A trail that does not verify is not migrated; nothing was changed</source>
        <translation>El registro de auditoría del almacén en archivo no pasa la verificación: evento %1: %2 (%3 eventos verificados). Un registro que no pasa la verificación no se migra; no se cambió nada</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation>Administración — %1</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Usuarios</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Propósitos</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>Sesión iniciada como %1 (%2) · %3</translation>
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
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s console…</source>
        <translation>Consola del &amp;auditor…</translation>
    </message>
    <message>
        <source>&amp;Hot lists</source>
        <translation>&amp;Listas de alertas</translation>
    </message>
    <message>
        <source>&amp;Release requests</source>
        <translation>Solicitudes de &amp;divulgación</translation>
    </message>
    <message>
        <source>Legal &amp;holds</source>
        <translation>&amp;Retenciones legales</translation>
    </message>
    <message>
        <source>Purge &amp;certificates</source>
        <translation>Cer&amp;tificados de purga</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AlertQueueModel</name>
    <message>
        <source>escalated</source>
        <translation>escalada</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
    <message>
        <source>state differs</source>
        <translation>estado distinto</translation>
    </message>
    <message>
        <source>covert</source>
        <translation>encubierta</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nobody has taken this alert in time.</source>
        <translation>Nadie ha tomado esta alerta a tiempo.</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Plate read</source>
        <translation>Placa leída</translation>
    </message>
    <message>
        <source>Plate listed</source>
        <translation>Placa en la lista</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
    <message>
        <source>Worked by</source>
        <translation>Atendida por</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AlertsPanel</name>
    <message>
        <source>The CAD incident number the alert is verified under</source>
        <translation>El número de incidente del CAD con el que se verifica la alerta</translation>
    </message>
    <message>
        <source>Incident no., e.g. %1</source>
        <translation>N.º de incidente, p. ej. %1</translation>
    </message>
    <message>
        <source>Incident no.</source>
        <translation>N.º de incidente</translation>
    </message>
    <message>
        <source>&amp;Take</source>
        <translation>&amp;Tomar</translation>
    </message>
    <message>
        <source>Work the highlighted alert under the incident number; nobody else can work it until it is released</source>
        <translation>Atender la alerta resaltada con el número de incidente; nadie más puede atenderla hasta que se libere</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Give the alert back to the queue</source>
        <translation>Devolver la alerta a la cola</translation>
    </message>
    <message>
        <source>Open &amp;checklist</source>
        <translation>Abrir la lista de &amp;verificación</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Sonido</translation>
    </message>
    <message>
        <source>Beep when a new alert arrives or one is escalated</source>
        <translation>Emitir un pitido cuando llega una alerta nueva o se escala una</translation>
    </message>
    <message>
        <source>Highlight the alert to take first.</source>
        <translation>Primero resalte la alerta que va a tomar.</translation>
    </message>
    <message>
        <source>You are working hit %1 under incident %2.</source>
        <translation>Está atendiendo la alerta %1 con el incidente %2.</translation>
    </message>
    <message>
        <source>Hit %1 is back in the queue.</source>
        <translation>La alerta %1 ha vuelto a la cola.</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) you held went back to the queue.</source>
        <translation>
            <numerusform>%n alerta que tenía volvió a la cola.</numerusform>
            <numerusform>%n alertas que tenía volvieron a la cola.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditAction</name>
    <message>
        <source>canvass</source>
        <translation>búsqueda por zonas</translation>
    </message>
    <message>
        <source>export</source>
        <translation>exportación</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importación</translation>
    </message>
    <message>
        <source>search</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>sign-in</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>sign-out</source>
        <translation>cierre de sesión</translation>
    </message>
    <message>
        <source>account-locked</source>
        <translation>cuenta bloqueada</translation>
    </message>
    <message>
        <source>audit-export</source>
        <translation>registro de auditoría exportado</translation>
    </message>
    <message>
        <source>audit-finding</source>
        <translation>conclusión de auditoría</translation>
    </message>
    <message>
        <source>audit-list</source>
        <translation>registro de auditoría listado</translation>
    </message>
    <message>
        <source>audit-memo</source>
        <translation>memorando de auditoría</translation>
    </message>
    <message>
        <source>audit-sample</source>
        <translation>muestra de auditoría extraída</translation>
    </message>
    <message>
        <source>audit-verify</source>
        <translation>registro de auditoría verificado</translation>
    </message>
    <message>
        <source>case-title</source>
        <translation>título de caso</translation>
    </message>
    <message>
        <source>case-view</source>
        <translation>historial de caso consultado</translation>
    </message>
    <message>
        <source>change-settings</source>
        <translation>cambiar la configuración</translation>
    </message>
    <message>
        <source>hotlist-loaded</source>
        <translation>lista de alertas cargada</translation>
    </message>
    <message>
        <source>import-reads</source>
        <translation>importar lecturas</translation>
    </message>
    <message>
        <source>key-certified</source>
        <translation>clave certificada</translation>
    </message>
    <message>
        <source>key-registered</source>
        <translation>clave registrada</translation>
    </message>
    <message>
        <source>key-rotated</source>
        <translation>clave rotada</translation>
    </message>
    <message>
        <source>manage-users</source>
        <translation>administrar usuarios</translation>
    </message>
    <message>
        <source>password-changed</source>
        <translation>contraseña cambiada</translation>
    </message>
    <message>
        <source>password-check</source>
        <translation>verificación de contraseña</translation>
    </message>
    <message>
        <source>password-reset</source>
        <translation>contraseña restablecida</translation>
    </message>
    <message>
        <source>pending-events-dropped</source>
        <translation>eventos pendientes descartados</translation>
    </message>
    <message>
        <source>purpose-reinstated</source>
        <translation>propósito restablecido</translation>
    </message>
    <message>
        <source>purpose-retired</source>
        <translation>propósito retirado</translation>
    </message>
    <message>
        <source>purpose-saved</source>
        <translation>propósito guardado</translation>
    </message>
    <message>
        <source>read-audit</source>
        <translation>leer el registro de auditoría</translation>
    </message>
    <message>
        <source>roles-changed</source>
        <translation>roles cambiados</translation>
    </message>
    <message>
        <source>screen-lock</source>
        <translation>bloqueo de pantalla</translation>
    </message>
    <message>
        <source>session-locked</source>
        <translation>sesión bloqueada</translation>
    </message>
    <message>
        <source>session-unlocked</source>
        <translation>sesión desbloqueada</translation>
    </message>
    <message>
        <source>settings-changed</source>
        <translation>configuración cambiada</translation>
    </message>
    <message>
        <source>signing-started</source>
        <translation>firma iniciada</translation>
    </message>
    <message>
        <source>store-backup</source>
        <translation>copia de seguridad del almacén</translation>
    </message>
    <message>
        <source>store-check</source>
        <translation>almacén verificado</translation>
    </message>
    <message>
        <source>store-compacted</source>
        <translation>almacén compactado</translation>
    </message>
    <message>
        <source>store-created</source>
        <translation>almacén creado</translation>
    </message>
    <message>
        <source>store-rekeyed</source>
        <translation>almacén con clave nueva</translation>
    </message>
    <message>
        <source>store-replacement</source>
        <translation>almacén sustituido</translation>
    </message>
    <message>
        <source>store-restored</source>
        <translation>almacén restaurado</translation>
    </message>
    <message>
        <source>totp-enrolled</source>
        <translation>códigos de un solo uso registrados</translation>
    </message>
    <message>
        <source>totp-removed</source>
        <translation>códigos de un solo uso eliminados</translation>
    </message>
    <message>
        <source>training-recorded</source>
        <translation>capacitación registrada</translation>
    </message>
    <message>
        <source>user-added</source>
        <translation>usuario agregado</translation>
    </message>
    <message>
        <source>user-disabled</source>
        <translation>usuario deshabilitado</translation>
    </message>
    <message>
        <source>user-enabled</source>
        <translation>usuario habilitado</translation>
    </message>
    <message>
        <source>user-unlocked</source>
        <translation>usuario desbloqueado</translation>
    </message>
    <message>
        <source>verify-hit</source>
        <translation>verificar alerta</translation>
    </message>
    <message>
        <source>view-image</source>
        <translation>imagen vista</translation>
    </message>
    <message>
        <source>view-read</source>
        <translation>lectura abierta</translation>
    </message>
    <message>
        <source>alerts-listed</source>
        <translation>alertas listadas</translation>
    </message>
    <message>
        <source>bolo-hit-notified</source>
        <translation>alerta de BOLO notificada</translation>
    </message>
    <message>
        <source>hit-characters</source>
        <translation>caracteres de la alerta comparados</translation>
    </message>
    <message>
        <source>hit-clets</source>
        <translation>consulta CLETS de la alerta registrada</translation>
    </message>
    <message>
        <source>hit-confirmation</source>
        <translation>confirmación de alerta emitida</translation>
    </message>
    <message>
        <source>hit-currency</source>
        <translation>vigencia de la lista comprobada</translation>
    </message>
    <message>
        <source>hit-decided</source>
        <translation>alerta decidida</translation>
    </message>
    <message>
        <source>hit-disposed</source>
        <translation>resolución de la alerta registrada</translation>
    </message>
    <message>
        <source>hit-escalated</source>
        <translation>alerta escalada</translation>
    </message>
    <message>
        <source>hit-image-viewed</source>
        <translation>imagen de alerta vista</translation>
    </message>
    <message>
        <source>hit-plate-state</source>
        <translation>estado de la placa comprobado</translation>
    </message>
    <message>
        <source>hit-released</source>
        <translation>alerta liberada</translation>
    </message>
    <message>
        <source>hit-taken</source>
        <translation>alerta tomada</translation>
    </message>
    <message>
        <source>hit-vehicle</source>
        <translation>vehículo de la alerta comprobado</translation>
    </message>
    <message>
        <source>hit-viewed</source>
        <translation>alerta abierta</translation>
    </message>
    <message>
        <source>supervise-alerts</source>
        <translation>supervisar alertas</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditEventModel</name>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Sec.</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objeto</translation>
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
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>misread</source>
        <translation>lectura errónea</translation>
    </message>
    <message>
        <source>%1 edits</source>
        <translation>cambios: %1</translation>
    </message>
    <message>
        <source>canvass of %1 windows, in at least %2</source>
        <translation>búsqueda por zonas (ventanas: %1; en al menos %2)</translation>
    </message>
    <message>
        <source> → %1 found</source>
        <translation> → encontrados: %1</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditOutcome</name>
    <message>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>descartado</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditSamplesPage</name>
    <message>
        <source>Samples drawn</source>
        <translation>Muestras extraídas</translation>
    </message>
    <message>
        <source>Draw a sample</source>
        <translation>Extraer una muestra</translation>
    </message>
    <message>
        <source>Search inquiries (twice a year)</source>
        <translation>Búsquedas (semestral)</translation>
    </message>
    <message>
        <source>Image views (quarterly)</source>
        <translation>Imágenes vistas (trimestral)</translation>
    </message>
    <message>
        <source>2026-H1 or 2026-Q3</source>
        <translation>2026-H1 o 2026-Q3</translation>
    </message>
    <message>
        <source>empty: a random seed</source>
        <translation>vacío: semilla aleatoria</translation>
    </message>
    <message>
        <source>The same seed over the same trail draws the same items</source>
        <translation>La misma semilla sobre el mismo registro extrae los mismos elementos</translation>
    </message>
    <message>
        <source>Draw</source>
        <translation>Extraer</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periodo:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Semilla:</translation>
    </message>
    <message>
        <source>No sample selected. Draw one, or select one on the left.</source>
        <translation>No hay ninguna muestra seleccionada. Extraiga una o seleccione una a la izquierda.</translation>
    </message>
    <message>
        <source>Memo PDF…</source>
        <translation>Memorando PDF…</translation>
    </message>
    <message>
        <source>The memo to the Chief: method, seed, findings, data errors and the trail&apos;s latest hash</source>
        <translation>El memorando para el Jefe de Policía: método, semilla, conclusiones, errores de datos y el último hash del registro</translation>
    </message>
    <message>
        <source>also as CSV</source>
        <translation>también en CSV</translation>
    </message>
    <message>
        <source>At least %1 (the policy minimum)</source>
        <translation>Al menos %1 (el mínimo que exige la política)</translation>
    </message>
    <message>
        <source>The seed is a whole number from 0 to 18446744073709551615.</source>
        <translation>La semilla es un número entero de 0 a 18446744073709551615.</translation>
    </message>
    <message>
        <source>Drew sample %1 with seed %2.</source>
        <translation>Se extrajo la muestra %1 con la semilla %2.</translation>
    </message>
    <message>
        <source>Sample %1: %2 in %3 (%4 to %5 UTC), seed %6, drawn by %7 on %8</source>
        <translation>Muestra %1: %2 en %3 (del %4 al %5 UTC), semilla %6, extraída por %7 el %8</translation>
    </message>
    <message>
        <source>Select an item of a sample first.</source>
        <translation>Primero seleccione un elemento de una muestra.</translation>
    </message>
    <message>
        <source>Choose a finding: complies, does not comply or needs follow-up.</source>
        <translation>Elija una conclusión: cumple, no cumple o requiere seguimiento.</translation>
    </message>
    <message>
        <source>Item %1 saved: %2.</source>
        <translation>Elemento %1 guardado: %2.</translation>
    </message>
    <message>
        <source>Save the audit memo</source>
        <translation>Guardar el memorando de auditoría</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Select a sample first.</source>
        <translation>Primero seleccione una muestra.</translation>
    </message>
    <message>
        <source>Items not yet reviewed</source>
        <translation>Elementos aún sin revisar</translation>
    </message>
    <message>
        <source>%1 of %2 items of this sample have no finding yet.</source>
        <translation>%1 de los %2 elementos de esta muestra aún no tienen conclusión.</translation>
    </message>
    <message>
        <source>The memo will say so on its first page. Write it anyway?</source>
        <translation>El memorando lo indicará en su primera página. ¿Desea redactarlo de todos modos?</translation>
    </message>
    <message>
        <source>No memo written: review the remaining items first, or write it anyway.</source>
        <translation>No se ha redactado ningún memorando: revise antes los elementos restantes o redáctelo de todos modos.</translation>
    </message>
    <message>
        <source>Memo written to %1.</source>
        <translation>Memorando guardado en %1.</translation>
    </message>
    <message>
        <source>Memo written to %1 and %2.</source>
        <translation>Memorando guardado en %1 y %2.</translation>
    </message>
    <message>
        <source>Trail intact; latest hash %1.</source>
        <translation>Registro íntegro; último hash %1.</translation>
    </message>
    <message>
        <source>The trail is BROKEN at event %1; latest hash %2.</source>
        <translation>La cadena del registro está ROTA en el evento %1; último hash %2.</translation>
    </message>
    <message>
        <source>Drawing again from the seed does NOT give the same items.</source>
        <translation>Extraer de nuevo con la misma semilla NO da los mismos elementos.</translation>
    </message>
    <message>
        <source>Hit verifications (quarterly)</source>
        <translation>Verificaciones de alertas (trimestral)</translation>
    </message>
    <message>
        <source>Evidence exports (quarterly)</source>
        <translation>Exportaciones de evidencia (trimestral)</translation>
    </message>
    <message>
        <source>Release requests (quarterly)</source>
        <translation>Solicitudes de divulgación (trimestral)</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditTrailPage</name>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>case number</source>
        <translation>número de caso</translation>
    </message>
    <message>
        <source>plate or pattern</source>
        <translation>placa o patrón</translation>
    </message>
    <message>
        <source>Reads and images of this plate opened, and searches whose pattern matches it</source>
        <translation>Lecturas e imágenes de esta placa que se abrieron, y búsquedas cuyo patrón coincide con ella</translation>
    </message>
    <message>
        <source>One action, or several separated by commas</source>
        <translation>Una acción, o varias separadas por comas</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Up to, not including, this time</source>
        <translation>Hasta esta hora, sin incluirla</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>The newest events the filter selects; 0 for all</source>
        <translation>Los eventos más recientes que selecciona el filtro; 0 para todos</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>P&amp;late</source>
        <translation>P&amp;laca</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Acción</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>Más recientes</translation>
    </message>
    <message>
        <source>Selected event</source>
        <translation>Evento seleccionado</translation>
    </message>
    <message>
        <source>Select an event to see its whole record.</source>
        <translation>Seleccione un evento para ver su registro completo.</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>Hash:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>Hash anterior:</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Writes the events listed as CSV (recorded as an audit export)</source>
        <translation>Guarda los eventos de la lista en formato CSV (queda registrado como una exportación de auditoría)</translation>
    </message>
    <message>
        <source>Verify trail</source>
        <translation>Verificar registro</translation>
    </message>
    <message>
        <source>Checks the hash chain of the whole trail</source>
        <translation>Comprueba la cadena de hashes de todo el registro</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (dado de baja)</translation>
    </message>
    <message>
        <source>The time range is empty: &quot;from&quot; is not before &quot;to&quot;.</source>
        <translation>El intervalo de tiempo está vacío: &quot;Desde&quot; no es anterior a &quot;Hasta&quot;.</translation>
    </message>
    <message>
        <source>The newest %1 events the filter selects; there may be older ones (raise &quot;Newest&quot; or narrow the filter).</source>
        <translation>Los %1 eventos más recientes que selecciona el filtro; puede haber otros más antiguos (aumente &quot;Más recientes&quot; o restrinja el filtro).</translation>
    </message>
    <message>
        <source>Events listed: %1</source>
        <translation>Eventos en la lista: %1</translation>
    </message>
    <message>
        <source>Event %1 at %2 (%3 UTC), workstation %4
</source>
        <translation>Evento %1 el %2 (%3 UTC), estación de trabajo %4
</translation>
    </message>
    <message>
        <source>Export the audit events as CSV</source>
        <translation>Exportar los eventos de auditoría como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Events exported: %1, to %2.</source>
        <translation>Eventos exportados: %1, a %2.</translation>
    </message>
    <message>
        <source>The trail is intact: %1 events, latest hash %2 (checked %3).</source>
        <translation>El registro está íntegro: %1 eventos, último hash %2 (verificado el %3).</translation>
    </message>
    <message>
        <source>The trail is BROKEN at event %1: %2. %3 events, latest hash %4.</source>
        <translation>La cadena del registro está ROTA en el evento %1: %2. %3 eventos, último hash %4.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::AuditorWindow</name>
    <message>
        <source>Audit — %1</source>
        <translation>Auditoría — %1</translation>
    </message>
    <message>
        <source>Trail</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Muestras</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Propósitos</translation>
    </message>
    <message>
        <source>Only an administrator (change-settings) maintains the list of purposes.</source>
        <translation>Solo un administrador (change-settings) mantiene la lista de propósitos.</translation>
    </message>
    <message>
        <source>Case history — %1</source>
        <translation>Historial del caso — %1</translation>
    </message>
    <message>
        <source>Case history is closed to you: %1</source>
        <translation>El historial de casos no está disponible para usted: %1</translation>
    </message>
    <message>
        <source>Evidence packages</source>
        <translation>Paquetes de evidencia</translation>
    </message>
    <message>
        <source>Release requests</source>
        <translation>Solicitudes de divulgación</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Retenciones legales</translation>
    </message>
    <message>
        <source>Purge certificates</source>
        <translation>Certificados de purga</translation>
    </message>
</context>
<context>
    <name>alpr::gui::CanvassPanel</name>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>Ventana %1</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Radius</source>
        <translation>Radio</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Ventanas</translation>
    </message>
    <message>
        <source>Sightings</source>
        <translation>Avistamientos</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
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
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation>— elija un propósito —</translation>
    </message>
    <message>
        <source>Case number, e.g. %1</source>
        <translation>Número de caso, p. ej. %1</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>Cas&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>Each window is a circle (latitude, longitude in degrees, radius in metres, at most %1 m) and a time range of at most %2 days, from inclusive, to exclusive.</source>
        <translation>Cada ventana es un círculo (latitud y longitud en grados, radio en metros, de %1 m como máximo) y un intervalo de tiempo de %2 días como máximo, con &quot;Desde&quot; incluido y &quot;Hasta&quot; excluido.</translation>
    </message>
    <message>
        <source>Add &amp;window</source>
        <translation>A&amp;gregar ventana</translation>
    </message>
    <message>
        <source>&amp;Remove window</source>
        <translation>&amp;Quitar ventana</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>List the plates seen in at least this many windows.</source>
        <translation>Mostrar las placas vistas en al menos esta cantidad de ventanas.</translation>
    </message>
    <message>
        <source>Plates seen in at &amp;least</source>
        <translation>Placas vistas en al &amp;menos</translation>
    </message>
    <message>
        <source>&amp;Run canvass</source>
        <translation>&amp;Ejecutar búsqueda</translation>
    </message>
    <message>
        <source>windows</source>
        <translation>ventanas</translation>
    </message>
    <message numerus="yes">
        <source>window %1: %n read(s)</source>
        <translation>
            <numerusform>ventana %1: %n lectura</numerusform>
            <numerusform>ventana %1: %n lecturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) in the window</source>
        <translation>
            <numerusform>%n placa en la ventana</numerusform>
            <numerusform>%n placas en la ventana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plate(s) seen in at least %1 of the %2 windows</source>
        <translation>
            <numerusform>%n placa vista en al menos %1 de las %2 ventanas</numerusform>
            <numerusform>%n placas vistas en al menos %1 de las %2 ventanas</numerusform>
        </translation>
    </message>
    <message>
        <source>Canvass %1 recorded for case %2. %3. %4.</source>
        <translation>Búsqueda por zonas %1 registrada para el caso %2. %3. %4.</translation>
    </message>
    <message>
        <source>The first window is around the read of %1: 500 m, half an hour either side. Change it as you need.</source>
        <translation>La primera ventana se centra en la lectura de %1: 500 m y media hora antes y después. Modifíquela según lo necesite.</translation>
    </message>
    <message>
        <source>Window %1: give both the start and the end of the time range.</source>
        <translation>Ventana %1: indique el comienzo y el final del intervalo de tiempo.</translation>
    </message>
    <message>
        <source>Window %1: the time range must start (%2) before it ends (%3).</source>
        <translation>Ventana %1: el intervalo de tiempo debe comenzar (%2) antes de terminar (%3).</translation>
    </message>
    <message>
        <source>Window %1: the time range %2 to %3 is longer than %4 days; split it into several windows.</source>
        <translation>Ventana %1: el intervalo de %2 a %3 dura más de %4 días; divídalo en varias ventanas.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::CaseHistoryPage</name>
    <message>
        <source>case or incident number</source>
        <translation>número de caso o de incidente</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Case &amp;number:</source>
        <translation>&amp;Número de caso:</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Case:</source>
        <translation>Caso:</translation>
    </message>
    <message>
        <source>First used:</source>
        <translation>Primer uso:</translation>
    </message>
    <message>
        <source>Activity:</source>
        <translation>Actividad:</translation>
    </message>
    <message>
        <source>Users:</source>
        <translation>Usuarios:</translation>
    </message>
    <message>
        <source>Select an event to see its whole record.</source>
        <translation>Seleccione un evento para ver su registro completo.</translation>
    </message>
    <message>
        <source>Event %1, hash %2
</source>
        <translation>Evento %1, hash %2
</translation>
    </message>
    <message>
        <source>Type a case number.</source>
        <translation>Escriba un número de caso.</translation>
    </message>
    <message>
        <source>by %1 on %2</source>
        <translation>por %1 el %2</translation>
    </message>
    <message>
        <source>%1 searches, %2 reads opened, %3 images viewed, %4 exports, %5 refused</source>
        <translation>búsquedas: %1; lecturas abiertas: %2; imágenes vistas: %3; exportaciones: %4; rechazos: %5</translation>
    </message>
    <message>
        <source>Events under this case: %1.</source>
        <translation>Eventos de este caso: %1.</translation>
    </message>
    <message>
        <source>Place &amp;hold…</source>
        <translation>Establecer &amp;retención…</translation>
    </message>
    <message>
        <source>Keep every read opened or exported under the case from the purge</source>
        <translation>Proteger de la purga todas las lecturas abiertas o exportadas en el caso</translation>
    </message>
    <message>
        <source>every read opened or exported under case %1</source>
        <translation>todas las lecturas abiertas o exportadas en el caso %1</translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s) of the case.</source>
        <translation>
            <numerusform>La retención legal %1 conserva %n lectura del caso.</numerusform>
            <numerusform>La retención legal %1 conserva %n lecturas del caso.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Cambiar contraseña</translation>
    </message>
    <message>
        <source>%1 signed in with a temporary password. Choose a new password before going on.</source>
        <translation>%1 inició sesión con una contraseña temporal. Elija una contraseña nueva antes de continuar.</translation>
    </message>
    <message>
        <source>Change the password of %1.</source>
        <translation>Cambiar la contraseña de %1.</translation>
    </message>
    <message>
        <source>Current password:</source>
        <translation>Contraseña actual:</translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>Contraseña nueva:</translation>
    </message>
    <message>
        <source>New password again:</source>
        <translation>Repita la contraseña nueva:</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters and must not contain your user name. Common passwords, words with digits or symbols added, dates and keyboard rows are refused: a longer passphrase of several unrelated words works well.</source>
        <translation>La contraseña nueva necesita al menos %1 caracteres y no debe contener su nombre de usuario. Se rechazan las contraseñas comunes, las palabras con cifras o símbolos añadidos, las fechas y las filas del teclado: una frase de contraseña más larga, de varias palabras sin relación entre sí, funciona bien.</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The two new passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas nuevas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The password is changed.</source>
        <translation>Se cambió la contraseña.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::CustodyDialog</name>
    <message>
        <source>Record custody of %1</source>
        <translation>Registrar la custodia de %1</translation>
    </message>
    <message>
        <source>Whom or where it went (transferred, released)</source>
        <translation>A quién o adónde fue (transferido, entregado)</translation>
    </message>
    <message>
        <source>The property room&apos;s item number (booked)</source>
        <translation>El número de artículo del depósito de evidencias (registrado como evidencia)</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Evento:</translation>
    </message>
    <message>
        <source>&amp;Recipient:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>&amp;Item number:</source>
        <translation>Número de &amp;artículo:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <source>Booked into evidence</source>
        <translation>Registrado como evidencia</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferido</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Destruido</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ErrorText</name>
    <message>
        <source>%1

The store is damaged. Stop working in it and tell your administrator. The administrator restores the store and its .keys file from the last backup and runs &apos;alprctl store check&apos; on it (README, &quot;Damaged store&quot;).</source>
        <translation>%1

El almacén está dañado. Deje de trabajar en él y avise a su administrador. El administrador restaura el almacén y su archivo .keys desde la última copia de seguridad y ejecuta &apos;alprctl store check&apos; sobre él (README, &quot;Damaged store&quot;).</translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidenceExportDialog</name>
    <message>
        <source>Export evidence</source>
        <translation>Exportar evidencia</translation>
    </message>
    <message>
        <source>The read of hit %1, as a signed evidence package (BagIt) on a medium.</source>
        <translation>La lectura de la alerta %1, como paquete de evidencia firmado (BagIt) en un soporte.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s) chosen, as a signed evidence package (BagIt) on a medium.</source>
        <translation>
            <numerusform>%n lectura elegida, como paquete de evidencia firmado (BagIt) en un soporte.</numerusform>
            <numerusform>%n lecturas elegidas, como paquete de evidencia firmado (BagIt) en un soporte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Case no., e.g. %1</source>
        <translation>N.º de caso, p. ej. %1</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Caso</translation>
    </message>
    <message>
        <source>— choose a purpose —</source>
        <translation>— elija un propósito —</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Propósito</translation>
    </message>
    <message>
        <source>The folder on the medium the package is made in, as a folder of its own named for the package</source>
        <translation>La carpeta del soporte en la que se crea el paquete, como carpeta propia con el nombre del paquete</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>Ca&amp;rpeta</translation>
    </message>
    <message>
        <source>Include &amp;enhanced views (derivatives)</source>
        <translation>Incluir vistas &amp;mejoradas (derivadas)</translation>
    </message>
    <message>
        <source>Also the enhanced views of the images, marked as such, beside the images as recorded</source>
        <translation>También las vistas mejoradas de las imágenes, marcadas como tales, junto a las imágenes tal como se registraron</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The medium&apos;s folder for the package</source>
        <translation>La carpeta del soporte para el paquete</translation>
    </message>
    <message>
        <source>Enter the case number and choose the purpose.</source>
        <translation>Escriba el número de caso y elija el propósito.</translation>
    </message>
    <message>
        <source>Choose the folder on the medium the package goes to.</source>
        <translation>Elija la carpeta del soporte a la que va el paquete.</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s), about %1</source>
        <translation>
            <numerusform>%n lectura, unos %1</numerusform>
            <numerusform>%n lecturas, unos %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting the export…</source>
        <translation>Iniciando la exportación…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Exporting evidence</source>
        <translation>Exportando evidencia</translation>
    </message>
    <message>
        <source>%1… (%2 of %3 files)</source>
        <translation>%1… (%2 de %3 archivos)</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>%1

Nothing of the package is left on the medium; the failed export is on record.</source>
        <translation>%1

No queda nada del paquete en el soporte; la exportación fallida consta en el registro.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n read(s) as package %1.</source>
        <translation>
            <numerusform>Se exportó %n lectura como paquete %1.</numerusform>
            <numerusform>Se exportaron %n lecturas como paquete %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1
Files: %2 (%3)
Signed with the agency&apos;s evidence key %4

The package was read back from the medium and matched what was written.</source>
        <translation>Carpeta: %1
Archivos: %2 (%3)
Firmado con la clave de evidencia de la agencia %4

El paquete se releyó desde el soporte y coincide con lo que se escribió.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidencePackageModel</name>
    <message>
        <source>started</source>
        <translation>iniciado</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidencePackagesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Detalles</translation>
    </message>
    <message>
        <source>&amp;Verify package…</source>
        <translation>&amp;Verificar paquete…</translation>
    </message>
    <message>
        <source>Check the package&apos;s folder, if the medium is here</source>
        <translation>Verifica la carpeta del paquete, si el soporte está conectado</translation>
    </message>
    <message>
        <source>No evidence package has been exported yet.</source>
        <translation>Todavía no se ha exportado ningún paquete de evidencia.</translation>
    </message>
    <message>
        <source>Package %1</source>
        <translation>Paquete %1</translation>
    </message>
    <message>
        <source>Case %1, purpose %2</source>
        <translation>Caso %1, propósito %2</translation>
    </message>
    <message>
        <source>Exported by %1, started %2, %3</source>
        <translation>Exportado por %1, iniciado el %2, %3</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Terminado el %1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1; tag manifest SHA-256 %2</source>
        <translation>
            <numerusform>%n archivo, %1; SHA-256 del manifiesto de etiquetas %2</numerusform>
            <numerusform>%n archivos, %1; SHA-256 del manifiesto de etiquetas %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Falló: %1</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Escrito en %1</translation>
    </message>
    <message>
        <source>Reads (chosen by %1): %2</source>
        <translation>Lecturas (elegidas por %1): %2</translation>
    </message>
    <message>
        <source>Select a package for its details and its chain of custody.</source>
        <translation>Seleccione un paquete para ver sus detalles y su cadena de custodia.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Chain of custody&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cadena de custodia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record &amp;custody…</source>
        <translation>Registrar &amp;custodia…</translation>
    </message>
    <message>
        <source>Booked into evidence, transferred, released, returned or destroyed</source>
        <translation>Registrado como evidencia, transferido, entregado, devuelto o destruido</translation>
    </message>
    <message>
        <source>&amp;Print custody log…</source>
        <translation>&amp;Imprimir registro de custodia…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save the custody log</source>
        <translation>Guardar el registro de custodia</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The custody log is in %1.</source>
        <translation>El registro de custodia está en %1.</translation>
    </message>
    <message>
        <source>Place &amp;hold…</source>
        <translation>Establecer &amp;retención…</translation>
    </message>
    <message>
        <source>Keep the package&apos;s reads from the purge</source>
        <translation>Proteger de la purga las lecturas del paquete</translation>
    </message>
    <message>
        <source>the reads of evidence package %1</source>
        <translation>las lecturas del paquete de evidencia %1</translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s) of the package.</source>
        <translation>
            <numerusform>La retención legal %1 conserva %n lectura del paquete.</numerusform>
            <numerusform>La retención legal %1 conserva %n lecturas del paquete.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::EvidenceVerifyDialog</name>
    <message>
        <source>Verify evidence package</source>
        <translation>Verificar paquete de evidencia</translation>
    </message>
    <message>
        <source>Checks every file of a package against its manifests, its signatures, and that it was signed with the key you trust. Nothing is changed.</source>
        <translation>Verifica cada archivo de un paquete con sus manifiestos y sus firmas, y que se firmó con la clave en la que usted confía. No se modifica nada.</translation>
    </message>
    <message>
        <source>The package&apos;s folder (ev-…)</source>
        <translation>La carpeta del paquete (ev-…)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation>&amp;Paquete</translation>
    </message>
    <message>
        <source>64 hexadecimal digits; spaces or colons allowed</source>
        <translation>64 dígitos hexadecimales; se admiten espacios o dos puntos</translation>
    </message>
    <message>
        <source>The fingerprint of the key the package must be signed with, as the agency publishes it</source>
        <translation>La huella digital de la clave con la que debe estar firmado el paquete, tal como la publica la agencia</translation>
    </message>
    <message>
        <source>Key &amp;fingerprint</source>
        <translation>&amp;Huella digital de la clave</translation>
    </message>
    <message numerus="yes">
        <source>The agency&apos;s %n evidence key(s), current and retired, are trusted as well.</source>
        <translation>
            <numerusform>También se confía en %n clave de evidencia de la agencia, vigente o dada de baja.</numerusform>
            <numerusform>También se confía en las %n claves de evidencia de la agencia, vigentes y dadas de baja.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>The evidence package&apos;s folder</source>
        <translation>La carpeta del paquete de evidencia</translation>
    </message>
    <message>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADO</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La verificación se canceló.</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VERIFICADO</translation>
    </message>
    <message numerus="yes">
        <source>Package %1: %n payload file(s), %2</source>
        <translation>
            <numerusform>Paquete %1: %n archivo de contenido, %2</numerusform>
            <numerusform>Paquete %1: %n archivos de contenido, %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed with key %1</source>
        <translation>Firmado con la clave %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>The signatures are valid.</source>
        <translation>Las firmas son válidas.</translation>
    </message>
    <message>
        <source>The signatures are NOT valid.</source>
        <translation>Las firmas NO son válidas.</translation>
    </message>
    <message>
        <source>The key is trusted.</source>
        <translation>La clave es de confianza.</translation>
    </message>
    <message>
        <source>The key is NOT TRUSTED: it is not the fingerprint given, nor one of the agency&apos;s evidence keys.</source>
        <translation>La clave NO ES DE CONFIANZA: no corresponde a la huella digital indicada ni a ninguna de las claves de evidencia de la agencia.</translation>
    </message>
    <message>
        <source>Every file is there and matches its manifests; nothing was added.</source>
        <translation>Todos los archivos están presentes y coinciden con sus manifiestos; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found:</source>
        <translation>
            <numerusform>Se encontró %n problema:</numerusform>
            <numerusform>Se encontraron %n problemas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::HeldMark</name>
    <message>
        <source>Held</source>
        <translation>Retenida</translation>
    </message>
    <message>
        <source>Under legal hold: this read and its images are not purged</source>
        <translation>En retención legal: esta lectura y sus imágenes no se purgan</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retención</translation>
    </message>
</context>
<context>
    <name>alpr::gui::Hit</name>
    <message>
        <source>still wanted or stolen</source>
        <translation>aún buscado o robado</translation>
    </message>
    <message>
        <source>cleared or recovered</source>
        <translation>dado de baja o recuperado</translation>
    </message>
    <message>
        <source>no record</source>
        <translation>sin registro</translation>
    </message>
    <message>
        <source>misread</source>
        <translation>lectura errónea</translation>
    </message>
    <message>
        <source>wrong state</source>
        <translation>estado equivocado</translation>
    </message>
    <message>
        <source>vehicle does not match</source>
        <translation>el vehículo no coincide</translation>
    </message>
    <message>
        <source>cleared in CLETS</source>
        <translation>dada de baja en CLETS</translation>
    </message>
    <message>
        <source>stale entry</source>
        <translation>entrada desactualizada</translation>
    </message>
    <message>
        <source>duplicate alert</source>
        <translation>alerta duplicada</translation>
    </message>
    <message>
        <source>other (say why in the note)</source>
        <translation>otro (explique el motivo en la nota)</translation>
    </message>
    <message>
        <source>arrest</source>
        <translation>detención</translation>
    </message>
    <message>
        <source>citation</source>
        <translation>citación</translation>
    </message>
    <message>
        <source>vehicle recovered</source>
        <translation>vehículo recuperado</translation>
    </message>
    <message>
        <source>person located</source>
        <translation>persona localizada</translation>
    </message>
    <message>
        <source>no action</source>
        <translation>sin intervención</translation>
    </message>
    <message>
        <source>released by its holder</source>
        <translation>liberada por quien la tenía</translation>
    </message>
    <message>
        <source>holder signed out</source>
        <translation>quien la tenía cerró sesión</translation>
    </message>
    <message>
        <source>holder&apos;s screen locked</source>
        <translation>se bloqueó la pantalla de quien la tenía</translation>
    </message>
    <message>
        <source>no step within the hold time</source>
        <translation>ningún paso dentro del tiempo de retención</translation>
    </message>
    <message>
        <source>released by a supervisor</source>
        <translation>liberada por un supervisor</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>tomada</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Carrocería</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HitChecklistDialog</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Verify hit %1</source>
        <translation>Verificar la alerta %1</translation>
    </message>
    <message>
        <source>Hit %1</source>
        <translation>Alerta %1</translation>
    </message>
    <message>
        <source>read %1 %2 at %3, %4</source>
        <translation>lectura %1 %2 en %3, %4</translation>
    </message>
    <message>
        <source>incident %1</source>
        <translation>incidente %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Copy &amp;confirmation</source>
        <translation>Copiar la &amp;confirmación</translation>
    </message>
    <message>
        <source>The whole verification as text, for the call&apos;s notes</source>
        <translation>Toda la verificación como texto, para las notas de la llamada</translation>
    </message>
    <message>
        <source>Save confirmation as &amp;PDF…</source>
        <translation>Guardar la confirmación como P&amp;DF…</translation>
    </message>
    <message>
        <source>One page with the plate and every step, to print for the call</source>
        <translation>Una página con la placa y todos los pasos, para imprimirla para la llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>%1 works this hit; you can look but not record.</source>
        <translation>%1 atiende esta alerta; puede mirar, pero no registrar.</translation>
    </message>
    <message>
        <source>Take the alert before working it.</source>
        <translation>Tome la alerta antes de atenderla.</translation>
    </message>
    <message>
        <source>The camera stored no plate image with this read.</source>
        <translation>La cámara no guardó ninguna imagen de la placa con esta lectura.</translation>
    </message>
    <message>
        <source>&amp;Plate (enhanced)</source>
        <translation>&amp;Placa (mejorada)</translation>
    </message>
    <message>
        <source>&amp;Rectified</source>
        <translation>&amp;Rectificada</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vista &amp;general</translation>
    </message>
    <message>
        <source>&amp;Vehicle</source>
        <translation>&amp;Vehículo</translation>
    </message>
    <message>
        <source>The plate cut out of the overview along the corners the camera gave, made square to the eye</source>
        <translation>La placa recortada de la vista general por las esquinas que dio la cámara, enderezada para verla de frente</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation>Acercar (+ o la rueda)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (- or the wheel)</source>
        <translation>Alejar (- o la rueda)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation>Ajustar la imagen a la ventana (0)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>One image pixel, one screen pixel (1)</source>
        <translation>Un píxel de la imagen, un píxel de la pantalla (1)</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <source>— what came of it —</source>
        <translation>— en qué terminó —</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Disposition recorded: %1.</source>
        <translation>Resolución registrada: %1.</translation>
    </message>
    <message>
        <source>Compare each character of the plate image with the listed plate and mark it the same (=) or different (≠). Outlined characters differ or are ones cameras confuse (0/O, 8/B…).</source>
        <translation>Compare cada carácter de la imagen de la placa con la placa de la lista y márquelo como igual (=) o distinto (≠). Los caracteres recuadrados difieren o son de los que las cámaras confunden (0/O, 8/B…).</translation>
    </message>
    <message>
        <source>Listed</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Look twice: these characters differ or cameras confuse them.</source>
        <translation>Mírelos dos veces: estos caracteres difieren o las cámaras los confunden.</translation>
    </message>
    <message>
        <source>Click: the same (=), again: different (≠)</source>
        <translation>Un clic: igual (=), otro: distinto (≠)</translation>
    </message>
    <message>
        <source>Record the characters</source>
        <translation>Registrar los caracteres</translation>
    </message>
    <message>
        <source>Characters recorded: every one the same.</source>
        <translation>Caracteres registrados: todos iguales.</translation>
    </message>
    <message>
        <source>Characters recorded: some differ; this hit cannot be confirmed.</source>
        <translation>Caracteres registrados: algunos difieren; esta alerta no se puede confirmar.</translation>
    </message>
    <message>
        <source>Read: %1   Listed: %2   — %3</source>
        <translation>Lectura: %1   En la lista: %2   — %3</translation>
    </message>
    <message>
        <source>cannot be compared</source>
        <translation>no se puede comparar</translation>
    </message>
    <message>
        <source>the same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>different</source>
        <translation>distinto</translation>
    </message>
    <message>
        <source>Confirm the state from the plate image.</source>
        <translation>Confirme el estado con la imagen de la placa.</translation>
    </message>
    <message>
        <source>State matches</source>
        <translation>El estado coincide</translation>
    </message>
    <message>
        <source>State differs</source>
        <translation>El estado es distinto</translation>
    </message>
    <message>
        <source>State recorded: the same.</source>
        <translation>Estado registrado: el mismo.</translation>
    </message>
    <message>
        <source>State recorded: different; this hit cannot be confirmed.</source>
        <translation>Estado registrado: distinto; esta alerta no se puede confirmar.</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>distinto</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>nada que comparar</translation>
    </message>
    <message>
        <source>Show the vehicle</source>
        <translation>Mostrar el vehículo</translation>
    </message>
    <message>
        <source>Confirm the vehicle from the overview image</source>
        <translation>Confirme el vehículo con la imagen de vista general</translation>
    </message>
    <message>
        <source>Vehicle matches</source>
        <translation>El vehículo coincide</translation>
    </message>
    <message>
        <source>Vehicle differs</source>
        <translation>El vehículo es distinto</translation>
    </message>
    <message>
        <source>Vehicle recorded: it matches.</source>
        <translation>Vehículo registrado: coincide.</translation>
    </message>
    <message>
        <source>Vehicle recorded: it differs; a confirmation needs a note saying why.</source>
        <translation>Vehículo registrado: es distinto; para confirmar la alerta hace falta una nota que diga por qué.</translation>
    </message>
    <message>
        <source>List as of %1, %2 old%3</source>
        <translation>Lista del %1, con una antigüedad de %2%3</translation>
    </message>
    <message>
        <source> — STALE: confirm the entry in CLETS</source>
        <translation> — DESACTUALIZADA: confirme la entrada en CLETS</translation>
    </message>
    <message>
        <source>The list&apos;s time is not known.</source>
        <translation>No se conoce la hora de la lista.</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Comprobada</translation>
    </message>
    <message>
        <source>List currency recorded.</source>
        <translation>Vigencia de la lista registrada.</translation>
    </message>
    <message>
        <source>The workstation does not query CLETS: record what your inquiry returned.</source>
        <translation>La estación de trabajo no consulta CLETS: registre lo que devolvió su consulta.</translation>
    </message>
    <message>
        <source>— result —</source>
        <translation>— resultado —</translation>
    </message>
    <message>
        <source>CLETS message or NIC number</source>
        <translation>Mensaje de CLETS o número NIC</translation>
    </message>
    <message>
        <source>Record CLETS</source>
        <translation>Registrar CLETS</translation>
    </message>
    <message>
        <source>CLETS recorded: %1.</source>
        <translation>CLETS registrado: %1.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Inquiry at</source>
        <translation>Hora de la consulta</translation>
    </message>
    <message>
        <source>6. Decision</source>
        <translation>6. Decisión</translation>
    </message>
    <message>
        <source>Note (needed for &quot;other&quot;, or a vehicle that differs)</source>
        <translation>Nota (necesaria para &quot;otro&quot;, o si el vehículo es distinto)</translation>
    </message>
    <message>
        <source>Con&amp;firm hit</source>
        <translation>Con&amp;firmar alerta</translation>
    </message>
    <message>
        <source>Steps 1 to 5 done, every character and the state the same, CLETS still wanted</source>
        <translation>Pasos 1 a 5 hechos, todos los caracteres y el estado iguales, CLETS: aún buscado</translation>
    </message>
    <message>
        <source>— reason to reject —</source>
        <translation>— motivo del rechazo —</translation>
    </message>
    <message>
        <source>Re&amp;ject hit</source>
        <translation>Rec&amp;hazar alerta</translation>
    </message>
    <message>
        <source>Hit %1 confirmed. Record its disposition when known.</source>
        <translation>Alerta %1 confirmada. Registre su resolución cuando se conozca.</translation>
    </message>
    <message>
        <source>Hit %1 rejected: %2.</source>
        <translation>Alerta %1 rechazada: %2.</translation>
    </message>
    <message>
        <source>Plate crop, enhanced</source>
        <translation>Recorte de la placa, mejorado</translation>
    </message>
    <message>
        <source>Plate rectified from the overview, enhanced</source>
        <translation>Placa rectificada a partir de la vista general, mejorada</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Vehicle</source>
        <translation>Vehículo</translation>
    </message>
    <message>
        <source>1. Plate, character by character</source>
        <translation>1. Placa, carácter por carácter</translation>
    </message>
    <message>
        <source>2. State of issuance</source>
        <translation>2. Estado de emisión</translation>
    </message>
    <message>
        <source>3. Vehicle</source>
        <translation>3. Vehículo</translation>
    </message>
    <message>
        <source>4. List currency</source>
        <translation>4. Vigencia de la lista</translation>
    </message>
    <message>
        <source>5. CLETS/NCIC confirmation</source>
        <translation>5. Confirmación en CLETS/NCIC</translation>
    </message>
    <message>
        <source>%1 — done</source>
        <translation>%1 — hecho</translation>
    </message>
    <message>
        <source>6. Decision — %1</source>
        <translation>6. Decisión — %1</translation>
    </message>
    <message>
        <source>The confirmation is on the clipboard: paste it into the call.</source>
        <translation>La confirmación está en el portapapeles: péguela en la llamada.</translation>
    </message>
    <message>
        <source>Save the confirmation</source>
        <translation>Guardar la confirmación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The confirmation is saved as %1.</source>
        <translation>La confirmación se guardó como %1.</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Exportar evidencia…</translation>
    </message>
    <message>
        <source>The read of this confirmed hit as a signed evidence package on a medium</source>
        <translation>La lectura de esta alerta confirmada como paquete de evidencia firmado en un soporte</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HoldsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Show &amp;released</source>
        <translation>&amp;Mostrar liberadas</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Liberar…</translation>
    </message>
    <message>
        <source>End the hold, with a note: its reads are purged when their period is over</source>
        <translation>Terminar la retención, con una nota: sus lecturas se purgan cuando vence su periodo</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Retención</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Requesting party</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Revisión el</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <source>Placed by</source>
        <translation>Establecida por</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Establecida</translation>
    </message>
    <message>
        <source>Released by</source>
        <translation>Liberada por</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Liberada</translation>
    </message>
    <message>
        <source>Release note</source>
        <translation>Nota de liberación</translation>
    </message>
    <message>
        <source>Select a hold to see it and the ids of its reads.</source>
        <translation>Seleccione una retención para verla junto con los identificadores de sus lecturas.</translation>
    </message>
    <message>
        <source>No legal hold has been placed yet.</source>
        <translation>Todavía no se ha establecido ninguna retención legal.</translation>
    </message>
    <message>
        <source>No legal hold is in force.</source>
        <translation>No hay ninguna retención legal vigente.</translation>
    </message>
    <message numerus="yes">
        <source>%n hold(s) past the review date: review them, and release those no longer needed.</source>
        <translation>
            <numerusform>%n retención ha pasado la fecha de revisión: revísela y libérela si ya no se necesita.</numerusform>
            <numerusform>%n retenciones han pasado la fecha de revisión: revíselas y libere las que ya no se necesiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (pendiente)</translation>
    </message>
    <message>
        <source>Past its review date: records staff review it</source>
        <translation>Pasada su fecha de revisión: el personal de registros la revisa</translation>
    </message>
    <message>
        <source>Legal hold %1 for case %2: %3, asked for by %4.</source>
        <translation>Retención legal %1 del caso %2: %3, solicitada por %4.</translation>
    </message>
    <message>
        <source>Incident %1.</source>
        <translation>Incidente %1.</translation>
    </message>
    <message>
        <source>Placed by %1 on %2; reads chosen by %3; review on %4.</source>
        <translation>Establecida por %1 el %2; lecturas elegidas por %3; revisión el %4.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Released by %1 on %2: %3</source>
        <translation>Liberada por %1 el %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n read(s): %1</source>
        <translation>
            <numerusform>%n lectura: %1</numerusform>
            <numerusform>%n lecturas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Release legal hold %1</source>
        <translation>Liberar la retención legal %1</translation>
    </message>
    <message numerus="yes">
        <source>Case %1, %2, %n read(s). Once released, its reads are purged when their period is over, unless another hold keeps them.</source>
        <translation>
            <numerusform>Caso %1, %2, %n lectura. Una vez liberada la retención, su lectura se purga cuando vence su periodo, salvo que otra retención la conserve.</numerusform>
            <numerusform>Caso %1, %2, %n lecturas. Una vez liberada la retención, sus lecturas se purgan cuando vence su periodo, salvo que otra retención las conserve.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it is released:</source>
        <translation>Por qué se libera:</translation>
    </message>
    <message>
        <source>Re&amp;lease</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Not released</source>
        <translation>No liberada</translation>
    </message>
    <message>
        <source>Legal hold %1 is released.</source>
        <translation>Se liberó la retención legal %1.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListDialog</name>
    <message>
        <source>Hot list %1</source>
        <translation>Lista de alertas %1</translation>
    </message>
    <message>
        <source>New hot list</source>
        <translation>Lista de alertas nueva</translation>
    </message>
    <message>
        <source>e.g. Stolen vehicles (SVS)</source>
        <translation>p. ej. Vehículos robados (SVS)</translation>
    </message>
    <message>
        <source>general: a DOJ or NCIC extract, replaced at each download</source>
        <translation>general: un extracto del DOJ o del NCIC, reemplazado en cada descarga</translation>
    </message>
    <message>
        <source>department: entries members make (BOLOs)</source>
        <translation>departamento: entradas que hacen los miembros (BOLO)</translation>
    </message>
    <message>
        <source>Choose the purpose its hits are verified under</source>
        <translation>Elija el propósito con el que se verifican sus alertas</translation>
    </message>
    <message>
        <source>0 to 100; hits on a higher priority list come first</source>
        <translation>0 a 100; las alertas de una lista de mayor prioridad aparecen primero</translation>
    </message>
    <message>
        <source>Alert dispatchers on a hit</source>
        <translation>Avisar a despacho cuando haya una alerta</translation>
    </message>
    <message>
        <source>Covert: only the members below see and verify its hits</source>
        <translation>Encubierta: solo los miembros de abajo ven y verifican sus alertas</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation>P&amp;rioridad:</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Miembros:</translation>
    </message>
    <message>
        <source>Choose the purpose the list&apos;s hits are verified under.</source>
        <translation>Elija el propósito con el que se verifican las alertas de la lista.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation>Importar en %1</translation>
    </message>
    <message>
        <source>The file replaces every entry of &quot;%1&quot; in one step; a file with an error is refused whole and changes nothing.</source>
        <translation>El archivo reemplaza todas las entradas de &quot;%1&quot; en un solo paso; un archivo con un error se rechaza completo y no cambia nada.</translation>
    </message>
    <message>
        <source>e.g. svs.tbl</source>
        <translation>p. ej. svs.tbl</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation>Reconocer por el contenido</translation>
    </message>
    <message>
        <source>CLEW extract (svs.tbl, sfr.tbl, slr.tbl)</source>
        <translation>Extracto de CLEW (svs.tbl, sfr.tbl, slr.tbl)</translation>
    </message>
    <message>
        <source>NCIC CSV</source>
        <translation>CSV del NCIC</translation>
    </message>
    <message>
        <source>Plain CSV</source>
        <translation>CSV simple</translation>
    </message>
    <message>
        <source>Allow the list to shrink by more than half</source>
        <translation>Permitir que la lista se reduzca a menos de la mitad</translation>
    </message>
    <message>
        <source>A truncated download shrinks a list: tick this only when the list really shrank.</source>
        <translation>Una descarga truncada reduce una lista: marque esta opción solo si la lista realmente se redujo.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>A&amp;rchivo:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>Hot-list file for %1</source>
        <translation>Archivo de lista de alertas para %1</translation>
    </message>
    <message>
        <source>Hot-list files (*.tbl *.csv *.txt);;All files (*)</source>
        <translation>Archivos de listas de alertas (*.tbl *.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Elija el archivo que desea importar.</translation>
    </message>
    <message>
        <source>Loaded %1 entries into &quot;%2&quot; (%3; it had %4).</source>
        <translation>Se cargaron %1 entradas en &quot;%2&quot; (%3; tenía %4).</translation>
    </message>
    <message>
        <source>Extract of %1.</source>
        <translation>Extracto del %1.</translation>
    </message>
    <message>
        <source>Duplicates dropped: %1; plates refused: %2; states corrected: %3.</source>
        <translation>Duplicados descartados: %1; placas rechazadas: %2; estados corregidos: %3.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListTableModel</name>
    <message>
        <source>stale</source>
        <translation>desactualizada</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>covert</source>
        <translation>encubierta</translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation>sin avisos</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>department</source>
        <translation>departamento</translation>
    </message>
    <message>
        <source>%1
Members: %2</source>
        <translation>%1
Miembros: %2</translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation>Creada por %1</translation>
    </message>
    <message>
        <source>Loaded by %1 from %2 (%3)</source>
        <translation>Cargada por %1 desde %2 (%3)</translation>
    </message>
    <message>
        <source>The extract is older than the stale limit: import a new one.</source>
        <translation>El extracto es más antiguo que el límite de desactualización: importe uno nuevo.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Cargada</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Indicadores</translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation>&amp;Nueva lista…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deshabilitar</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>&amp;Importar archivo…</translation>
    </message>
    <message>
        <source>Load a CLEW extract or an NCIC or plain CSV file into the selected general list</source>
        <translation>Carga un extracto de CLEW o un archivo CSV del NCIC o CSV simple en la lista general seleccionada</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Pending entries</source>
        <translation>Entradas pendientes</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>Approve the selected entry: it matches reads from now on (Los Altos 462.4(h)(5))</source>
        <translation>Aprueba la entrada seleccionada: a partir de ahora se compara con las lecturas (Los Altos 462.4(h)(5))</translation>
    </message>
    <message>
        <source>Department entries (BOLOs) wait here until an administrator approves them; nobody approves an entry they made.</source>
        <translation>Las entradas del departamento (BOLO) esperan aquí hasta que un administrador las apruebe; nadie aprueba una entrada que hizo.</translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Created the general list &quot;%1&quot;; import its first extract with Import file….</source>
        <translation>Se creó la lista general &quot;%1&quot;; importe su primer extracto con Importar archivo….</translation>
    </message>
    <message>
        <source>Created the department list &quot;%1&quot;.</source>
        <translation>Se creó la lista del departamento &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Saved the list &quot;%1&quot;.</source>
        <translation>Se guardó la lista &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;: its entries match again.</source>
        <translation>Se habilitó &quot;%1&quot;: sus entradas vuelven a generar alertas.</translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;: its entries no longer match.</source>
        <translation>Se deshabilitó &quot;%1&quot;: sus entradas ya no generan alertas.</translation>
    </message>
    <message>
        <source>Approved entry %1 (%2) on &quot;%3&quot;: it matches reads from now on.</source>
        <translation>Se aprobó la entrada %1 (%2) de &quot;%3&quot;: a partir de ahora se compara con las lecturas.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::IdleLock</name>
    <message>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sesión bloqueada&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>The session of %1 is locked (%2). Enter your password to go on.</source>
        <translation>La sesión de %1 está bloqueada (%2). Escriba su contraseña para continuar.</translation>
    </message>
    <message>
        <source>%1 The session ends now.</source>
        <translation>%1 La sesión termina ahora.</translation>
    </message>
    <message>
        <source>The store is being replaced</source>
        <translation>Se está sustituyendo el almacén</translation>
    </message>
    <message>
        <source>%1, an administrator, is giving the store a new key or restoring it from a backup. This window closes now and ends your session; sign in again in a minute.</source>
        <translation>%1, un administrador, está dando una clave nueva al almacén o restaurándolo desde una copia de seguridad. Esta ventana se cierra ahora y termina su sesión; vuelva a iniciar sesión en un minuto.</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Alguien</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Código de 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Connection lost&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conexión perdida&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The connection to the department store %1 was lost: the server restarted, or the network is down. Your data is hidden until you sign in again. Enter your password to sign in again as %2; the window then goes on where it was.</source>
        <translation>Se perdió la conexión con el almacén del departamento %1: el servidor se reinició o la red no funciona. Sus datos quedan ocultos hasta que vuelva a iniciar sesión. Escriba su contraseña para iniciar sesión de nuevo como %2; la ventana seguirá donde estaba.</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The department store still cannot be reached, so the screen stays locked. Try again in a moment.

%1</source>
        <translation>Todavía no se puede acceder al almacén del departamento, así que la pantalla sigue bloqueada. Vuelva a intentarlo dentro de un momento.

%1</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Volver a iniciar sesión</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ImageWindow</name>
    <message>
        <source>Images of read %1 — %2 %3</source>
        <translation>Imágenes de la lectura %1 — %2 %3</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel)</source>
        <translation>Acercar (+ o la rueda)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>Zoom out (- or the wheel)</source>
        <translation>Alejar (- o la rueda)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>Fit the image to the window (0)</source>
        <translation>Ajustar la imagen a la ventana (0)</translation>
    </message>
    <message>
        <source>&amp;100%</source>
        <translation>&amp;100%</translation>
    </message>
    <message>
        <source>One image pixel, one screen pixel (1)</source>
        <translation>Un píxel de la imagen, un píxel de la pantalla (1)</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Plate crop</source>
        <translation>Recorte de la placa</translation>
    </message>
    <message>
        <source>&amp;Enhance plate for reading</source>
        <translation>&amp;Mejorar la placa para leerla</translation>
    </message>
    <message>
        <source>Shows an enhanced copy of the plate crop; the stored image is unchanged. Each enhanced view is recorded.</source>
        <translation>Muestra una copia mejorada del recorte de la placa; la imagen guardada no cambia. Cada vista mejorada queda registrada.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
    </message>
    <message>
        <source>Drag to pan; the wheel, + and - zoom the image last clicked; 0 fits it, 1 shows it at 100%. Each image shown here is recorded.</source>
        <translation>Arrastre para desplazar; la rueda, + y - acercan o alejan la última imagen pulsada; 0 la ajusta, 1 la muestra al 100%. Cada imagen mostrada aquí queda registrada.</translation>
    </message>
</context>
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
        <source>Press Enter or click a read to open it.</source>
        <translation>Pulse Intro o haga clic en una lectura para abrirla.</translation>
    </message>
    <message>
        <source>Cancel the search (Esc)</source>
        <translation>Cancelar la búsqueda (Esc)</translation>
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
        <source>No read in this store matches %1.</source>
        <translation>Ninguna lectura de este almacén coincide con %1.</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Canvass</source>
        <translation>Búsqueda por zonas</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Administration…</source>
        <translation>&amp;Administración…</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s console…</source>
        <translation>Consola del &amp;auditor…</translation>
    </message>
    <message>
        <source>&amp;Case history…</source>
        <translation>&amp;Historial del caso…</translation>
    </message>
    <message>
        <source>Everything done under the case in the search bar</source>
        <translation>Todo lo realizado con el número de caso de la barra de búsqueda</translation>
    </message>
    <message>
        <source>Near misses: </source>
        <translation>Aproximación: </translation>
    </message>
    <message>
        <source>For a whole plate: also find plates one or two characters off (a character changed, added or missing).</source>
        <translation>Para una placa completa: encontrar también placas que difieren en uno o dos caracteres (un carácter cambiado, agregado o faltante).</translation>
    </message>
    <message>
        <source>Alternative readings</source>
        <translation>Lecturas alternativas</translation>
    </message>
    <message>
        <source>Also match the camera&apos;s second guesses at a plate.</source>
        <translation>Coincidir también con las lecturas alternativas que la cámara propuso para la placa.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>any</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Note for the record (optional)</source>
        <translation>Nota para el registro (opcional)</translation>
    </message>
    <message>
        <source>Kept with the search in the access record. A note that holds a Social Security number or a date of birth is refused.</source>
        <translation>Se guarda con la búsqueda en el registro de accesos. Se rechaza toda nota que contenga un número de Seguro Social o una fecha de nacimiento.</translation>
    </message>
    <message>
        <source>Searching %1…</source>
        <translation>Buscando %1…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>Search cancelled: nothing was shown or recorded.</source>
        <translation>Búsqueda cancelada: no se mostró ni se registró nada.</translation>
    </message>
    <message>
        <source>Search failed.</source>
        <translation>La búsqueda falló.</translation>
    </message>
    <message>
        <source>canvass %1</source>
        <translation>búsqueda por zonas %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) copied.</source>
        <translation>
            <numerusform>%n fila copiada.</numerusform>
            <numerusform>%n filas copiadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>The time range is empty.</source>
        <translation>El intervalo de tiempo está vacío.</translation>
    </message>
    <message>
        <source>search %1</source>
        <translation>búsqueda %1</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertas (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) nobody has taken</source>
        <translation>
            <numerusform>%n alerta que nadie ha tomado</numerusform>
            <numerusform>%n alertas que nadie ha tomado</numerusform>
        </translation>
    </message>
    <message>
        <source>BOLO hits: cannot tell</source>
        <translation>Alertas de BOLO: no se puede saber</translation>
    </message>
    <message>
        <source>Your BOLO %1 hit at %2, camera %3</source>
        <translation>Alerta de su BOLO %1: %2, cámara %3</translation>
    </message>
    <message>
        <source>Your BOLO %1 hit: %2 at %3, camera %4</source>
        <translation>Alerta de su BOLO %1: %2, %3, cámara %4</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (y %n más)</numerusform>
            <numerusform> (y %n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>Evidence packages</source>
        <translation>Paquetes de evidencia</translation>
    </message>
    <message>
        <source>E&amp;vidence</source>
        <translation>E&amp;videncia</translation>
    </message>
    <message>
        <source>&amp;Export evidence…</source>
        <translation>&amp;Exportar evidencia…</translation>
    </message>
    <message>
        <source>The chosen results as a signed evidence package on a medium</source>
        <translation>Los resultados elegidos como paquete de evidencia firmado en un soporte</translation>
    </message>
    <message>
        <source>&amp;Verify evidence package…</source>
        <translation>&amp;Verificar paquete de evidencia…</translation>
    </message>
    <message>
        <source>Release requests</source>
        <translation>Solicitudes de divulgación</translation>
    </message>
    <message>
        <source>Legal holds</source>
        <translation>Retenciones legales</translation>
    </message>
    <message>
        <source>Place legal &amp;hold…</source>
        <translation>Establecer &amp;retención legal…</translation>
    </message>
    <message>
        <source>Keep the chosen results (or all of them) from the purge: evidence, a discovery request, a preservation letter or litigation</source>
        <translation>Proteger de la purga los resultados elegidos (o todos): evidencia, una solicitud de exhibición de pruebas, una carta de preservación o un litigio</translation>
    </message>
    <message numerus="yes">
        <source>all %n result(s) of search %1</source>
        <translation>
            <numerusform>todos los resultados de la búsqueda %1 (%n resultado)</numerusform>
            <numerusform>todos los resultados de la búsqueda %1 (%n resultados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen result(s) of search %1</source>
        <translation>
            <numerusform>%n resultado elegido de la búsqueda %1</numerusform>
            <numerusform>%n resultados elegidos de la búsqueda %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Legal hold %1 keeps %n read(s).</source>
        <translation>
            <numerusform>La retención legal %1 conserva %n lectura.</numerusform>
            <numerusform>La retención legal %1 conserva %n lecturas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::PasswordInput</name>
    <message>
        <source>The password is longer than %1 characters, the most a password may have. Type it again.</source>
        <translation>La contraseña tiene más de %1 caracteres, el máximo que puede tener una contraseña. Escríbala de nuevo.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::PendingEntryModel</name>
    <message>
        <source>A partial plate: %1</source>
        <translation>Placa parcial: %1</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
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
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation>Sinopsis</translation>
    </message>
</context>
<context>
    <name>alpr::gui::PlaceHoldDialog</name>
    <message>
        <source>Place a legal hold</source>
        <translation>Establecer una retención legal</translation>
    </message>
    <message>
        <source>Held reads and their images are never purged until the hold is released. Reads: %1.</source>
        <translation>Las lecturas retenidas y sus imágenes nunca se purgan mientras no se libere la retención. Lecturas: %1.</translation>
    </message>
    <message>
        <source>The case the hold is for</source>
        <translation>El caso para el que es la retención</translation>
    </message>
    <message>
        <source>Who asked for it: a prosecutor, a court, the department</source>
        <translation>Quién la pidió: una fiscalía, un tribunal, el departamento</translation>
    </message>
    <message>
        <source>From this day the hold is listed for review; it is never released by itself</source>
        <translation>Desde este día la retención aparece para revisión; nunca se libera por sí sola</translation>
    </message>
    <message>
        <source>&amp;Case number:</source>
        <translation>Número de &amp;caso:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Requesting &amp;party:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>&amp;Revisar el:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>&amp;Place hold</source>
        <translation>&amp;Establecer retención</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Discovery request</source>
        <translation>Solicitud de exhibición de pruebas</translation>
    </message>
    <message>
        <source>Preservation letter</source>
        <translation>Carta de preservación</translation>
    </message>
    <message>
        <source>Litigation</source>
        <translation>Litigio</translation>
    </message>
    <message>
        <source>Enforcement stop</source>
        <translation>Detención policial</translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurgeCertificatesPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <source>The certificate for the Custodian of Records</source>
        <translation>El certificado para el Custodio de Registros</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Guardar &amp;CSV…</translation>
    </message>
    <message>
        <source>One row per removed read: its id, source, capture day and what was removed (no plates)</source>
        <translation>Una fila por lectura eliminada: su identificador, origen, día de captura y lo que se eliminó (sin placas)</translation>
    </message>
    <message>
        <source>Run purge &amp;now…</source>
        <translation>Ejecutar purga a&amp;hora…</translation>
    </message>
    <message>
        <source>Shows what the purge would remove first; the daily timer runs it otherwise</source>
        <translation>Primero muestra lo que eliminaría la purga; si no, la ejecuta el temporizador diario</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>Purga</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Reads removed</source>
        <translation>Lecturas eliminadas</translation>
    </message>
    <message>
        <source>Images removed</source>
        <translation>Imágenes eliminadas</translation>
    </message>
    <message>
        <source>Continues</source>
        <translation>Continúa</translation>
    </message>
    <message>
        <source>SHA-256 of the read ids</source>
        <translation>SHA-256 de los identificadores de lectura</translation>
    </message>
    <message>
        <source>Select a purge to see its certificate.</source>
        <translation>Seleccione una purga para ver su certificado.</translation>
    </message>
    <message>
        <source>No purge has finished yet.</source>
        <translation>Todavía no ha terminado ninguna purga.</translation>
    </message>
    <message>
        <source>purge %1</source>
        <translation>purga %1</translation>
    </message>
    <message>
        <source>Save the purge certificate</source>
        <translation>Guardar el certificado de purga</translation>
    </message>
    <message>
        <source>Save the removed read ids</source>
        <translation>Guardar los identificadores de las lecturas eliminadas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>The certificate of purge %1 is in %2.</source>
        <translation>El certificado de la purga %1 está en %2.</translation>
    </message>
    <message>
        <source>%1: %2 reads to remove, the images of %3 more; %4 expired reads kept by holds.</source>
        <translation>%1: %2 lecturas por eliminar, las imágenes de otras %3; %4 lecturas vencidas conservadas por retenciones legales.</translation>
    </message>
    <message>
        <source>It completes the interrupted purge %1.</source>
        <translation>Completa la purga interrumpida %1.</translation>
    </message>
    <message>
        <source>Nothing has expired: there is nothing to purge now.</source>
        <translation>No ha vencido nada: ahora no hay nada que purgar.</translation>
    </message>
    <message>
        <source>Purge expired reads</source>
        <translation>Purgar las lecturas vencidas</translation>
    </message>
    <message>
        <source>Remove %1 reads and the images of %2 more for good? Nothing removed can be recovered.</source>
        <translation>¿Eliminar definitivamente %1 lecturas y las imágenes de otras %2? Nada de lo eliminado se puede recuperar.</translation>
    </message>
    <message>
        <source>&amp;Purge</source>
        <translation>&amp;Purgar</translation>
    </message>
    <message>
        <source>Purge %1 removed %2 reads and the images of %3 more.</source>
        <translation>La purga %1 eliminó %2 lecturas y las imágenes de otras %3.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::Purpose</name>
    <message>
        <source>Stolen vehicle or stolen plate</source>
        <translation>Vehículo robado o placa robada</translation>
    </message>
    <message>
        <source>Wanted person or active warrant</source>
        <translation>Persona buscada u orden de arresto vigente</translation>
    </message>
    <message>
        <source>Missing person, AMBER or Silver alert</source>
        <translation>Persona desaparecida, alerta AMBER o Silver</translation>
    </message>
    <message>
        <source>Locating a witness or a victim</source>
        <translation>Localizar a un testigo o a una víctima</translation>
    </message>
    <message>
        <source>A specific criminal investigation</source>
        <translation>Una investigación penal específica</translation>
    </message>
    <message>
        <source>Department-related civil or administrative action</source>
        <translation>Acción civil o administrativa relacionada con el departamento</translation>
    </message>
    <message>
        <source>Protection of a public event</source>
        <translation>Protección de un evento público</translation>
    </message>
    <message>
        <source>Protection of critical infrastructure</source>
        <translation>Protección de infraestructura crítica</translation>
    </message>
    <message>
        <source>Audit of ALPR use</source>
        <translation>Auditoría del uso de ALPR</translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurposeTableModel</name>
    <message>
        <source>active</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dado de baja</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Who may give it</source>
        <translation>Quién puede indicarlo</translation>
    </message>
</context>
<context>
    <name>alpr::gui::PurposesPage</name>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>e.g. hit-and-run</source>
        <translation>p. ej. hit-and-run</translation>
    </message>
    <message>
        <source>2 to 40 characters of a-z, 0-9 and &apos;-&apos;</source>
        <translation>De 2 a 40 caracteres: a-z, 0-9 y &apos;-&apos;</translation>
    </message>
    <message>
        <source>what the purpose allows, 5 to 200 characters</source>
        <translation>lo que permite el propósito, de 5 a 200 caracteres</translation>
    </message>
    <message>
        <source>e.g. Los Altos 462.3</source>
        <translation>p. ej. Los Altos 462.3</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Dar de baja</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Policy reference:</source>
        <translation>Referencia de la &amp;política:</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reactivar</translation>
    </message>
    <message>
        <source>Reinstated purpose %1.</source>
        <translation>Se reactivó el propósito %1.</translation>
    </message>
    <message>
        <source>Retired purpose %1.</source>
        <translation>Se dio de baja el propósito %1.</translation>
    </message>
    <message>
        <source>A purpose can never name a use the policies prohibit: immigration enforcement, personal use, harassment or intimidation, First Amendment activity, or targeting a protected characteristic. A retired purpose stays in the record of past searches but cannot be chosen. A user is offered only the purposes of their roles.</source>
        <translation>Un propósito nunca puede nombrar un uso que las políticas prohíben: control migratorio, uso personal, acoso o intimidación, actividades protegidas por la Primera Enmienda, o dirigirse contra una característica protegida. Un propósito retirado permanece en el registro de las búsquedas anteriores, pero no se puede elegir. A cada usuario solo se le ofrecen los propósitos de sus roles.</translation>
    </message>
    <message>
        <source>Who may give it:</source>
        <translation>Quién puede indicarlo:</translation>
    </message>
    <message>
        <source>Saved purpose %1, for %2.</source>
        <translation>Propósito %1 guardado, para %2.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReadDetailPane</name>
    <message>
        <source>Plate</source>
        <translation>Placa</translation>
    </message>
    <message>
        <source>Double-click to see the images at full size.</source>
        <translation>Doble clic para ver las imágenes a tamaño completo.</translation>
    </message>
    <message>
        <source>Enhance for reading</source>
        <translation>Mejorar para leer</translation>
    </message>
    <message>
        <source>Shows an enhanced copy of the plate crop (contrast, enlarged, sharpened); the stored image is unchanged. Each enhanced view is recorded.</source>
        <translation>Muestra una copia mejorada del recorte de la placa (contraste, ampliación, nitidez); la imagen guardada no cambia. Cada vista mejorada queda registrada.</translation>
    </message>
    <message>
        <source>F&amp;ull size…</source>
        <translation>Tamaño &amp;completo…</translation>
    </message>
    <message>
        <source>The plate crop and the overview at full size, with zoom and pan, in their own window (or double-click an image).</source>
        <translation>El recorte de la placa y la vista general a tamaño completo, con zoom y desplazamiento, en su propia ventana (o doble clic en una imagen).</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vista general</translation>
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
        <source> (%1 UTC)</source>
        <translation> (%1 UTC)</translation>
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
        <source>%1, opened from %2</source>
        <translation>%1, abierta desde %2</translation>
    </message>
    <message>
        <source>Sightings of %1 in these results: %2</source>
        <translation>Avistamientos de %1 en estos resultados: %2</translation>
    </message>
    <message>
        <source>The stored image cannot be shown: %1</source>
        <translation>No se puede mostrar la imagen guardada: %1</translation>
    </message>
    <message>
        <source>No image was stored with this read.</source>
        <translation>No se guardó ninguna imagen con esta lectura.</translation>
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
        <source>misread, %n substitution(s)</source>
        <translation>
            <numerusform>lectura errónea, %n sustitución</numerusform>
            <numerusform>lectura errónea, %n sustituciones</numerusform>
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
    <message>
        <source>alternative reading, %1</source>
        <translation>lectura alternativa, %1</translation>
    </message>
    <message numerus="yes">
        <source>near miss, %n edit(s)</source>
        <translation>
            <numerusform>aproximada, %n cambio</numerusform>
            <numerusform>aproximada, %n cambios</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReleaseRequestDialog</name>
    <message>
        <source>Log a release request</source>
        <translation>Registrar una solicitud de divulgación</translation>
    </message>
    <message>
        <source>A request from another agency for ALPR data. Requests the law or the policies forbid are refused at once and kept on file; the others wait for a supervisor or administrator.</source>
        <translation>Una solicitud de datos de ALPR de otra agencia. Las solicitudes que la ley o las políticas prohíben se rechazan de inmediato y se conservan en archivo; las demás quedan pendientes de un supervisor o un administrador.</translation>
    </message>
    <message>
        <source>The requesting agency</source>
        <translation>La agencia solicitante</translation>
    </message>
    <message>
        <source>Choose the kind of agency…</source>
        <translation>Elija el tipo de agencia…</translation>
    </message>
    <message>
        <source>Name and rank of the person asking</source>
        <translation>Nombre y rango de la persona solicitante</translation>
    </message>
    <message>
        <source>Choose the purpose…</source>
        <translation>Elija el propósito…</translation>
    </message>
    <message>
        <source>What they intend to do with the data</source>
        <translation>Qué se proponen hacer con los datos</translation>
    </message>
    <message>
        <source>Their case number</source>
        <translation>Número de caso de la agencia solicitante</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Agencia:</translation>
    </message>
    <message>
        <source>Agency &amp;type:</source>
        <translation>&amp;Tipo de agencia:</translation>
    </message>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Solicitante:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Their &amp;case number:</source>
        <translation>Número de &amp;caso de la agencia solicitante:</translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation>&amp;Registrar solicitud</translation>
    </message>
    <message>
        <source>California local agency</source>
        <translation>Agencia local de California</translation>
    </message>
    <message>
        <source>California state agency</source>
        <translation>Agencia estatal de California</translation>
    </message>
    <message>
        <source>California prosecutor</source>
        <translation>Fiscalía de California</translation>
    </message>
    <message>
        <source>Agency of another state</source>
        <translation>Agencia de otro estado</translation>
    </message>
    <message>
        <source>Federal agency</source>
        <translation>Agencia federal</translation>
    </message>
    <message>
        <source>Not a law enforcement agency</source>
        <translation>Agencia no policial</translation>
    </message>
    <message>
        <source>Criminal investigation</source>
        <translation>Investigación penal</translation>
    </message>
    <message>
        <source>Prosecution</source>
        <translation>Enjuiciamiento penal</translation>
    </message>
    <message>
        <source>Missing person</source>
        <translation>Persona desaparecida</translation>
    </message>
    <message>
        <source>Stolen vehicle</source>
        <translation>Vehículo robado</translation>
    </message>
    <message>
        <source>Immigration enforcement</source>
        <translation>Aplicación de las leyes de inmigración</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Choose the kind of agency and the purpose to see the ruling.</source>
        <translation>Elija el tipo de agencia y el propósito para ver la resolución.</translation>
    </message>
    <message>
        <source>Will be refused: %1</source>
        <translation>Se rechazará: %1</translation>
    </message>
    <message>
        <source>Will wait for approval by a supervisor or administrator.</source>
        <translation>Quedará pendiente de aprobación por un supervisor o un administrador.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ReleaseRequestsPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Log request…</source>
        <translation>&amp;Registrar solicitud…</translation>
    </message>
    <message>
        <source>A request from another agency for ALPR data</source>
        <translation>Una solicitud de datos de ALPR de otra agencia</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>A&amp;probar…</translation>
    </message>
    <message>
        <source>De&amp;ny…</source>
        <translation>&amp;Denegar…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>The request on file as a PDF</source>
        <translation>La solicitud tal como consta en archivo, en PDF</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Registrada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Registrada por</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidida por</translation>
    </message>
    <message>
        <source>Select a request to see it as it is on file.</source>
        <translation>Seleccione una solicitud para verla tal como consta en archivo.</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>aprobada</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>denegada</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>No release request has been logged yet.</source>
        <translation>Todavía no se ha registrado ninguna solicitud de divulgación.</translation>
    </message>
    <message>
        <source>You logged this request: another supervisor or administrator decides it.</source>
        <translation>Usted registró esta solicitud: la decide otro supervisor o administrador.</translation>
    </message>
    <message>
        <source>Request %1 was refused: %2</source>
        <translation>Se rechazó la solicitud %1: %2</translation>
    </message>
    <message>
        <source>Request refused</source>
        <translation>Solicitud rechazada</translation>
    </message>
    <message>
        <source>Request %1 from %2 is refused: %3

The refusal is kept on file; tell the requester the reason.</source>
        <translation>Se rechaza la solicitud %1 de %2: %3

El rechazo se conserva en archivo; comunique el motivo al solicitante.</translation>
    </message>
    <message>
        <source>Request %1 is logged and waits for approval by a supervisor or administrator.</source>
        <translation>La solicitud %1 está registrada y queda pendiente de aprobación por un supervisor o un administrador.</translation>
    </message>
    <message>
        <source>Approve request %1</source>
        <translation>Aprobar la solicitud %1</translation>
    </message>
    <message>
        <source>Deny request %1</source>
        <translation>Denegar la solicitud %1</translation>
    </message>
    <message>
        <source>%1 (%2)
Purpose: %3 — %4</source>
        <translation>%1 (%2)
Propósito: %3 — %4</translation>
    </message>
    <message>
        <source>Note (optional):</source>
        <translation>Nota (opcional):</translation>
    </message>
    <message>
        <source>Why it is denied:</source>
        <translation>Motivo de la denegación:</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>A&amp;probar</translation>
    </message>
    <message>
        <source>De&amp;ny</source>
        <translation>&amp;Denegar</translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation>No aprobada</translation>
    </message>
    <message>
        <source>Not denied</source>
        <translation>No denegada</translation>
    </message>
    <message>
        <source>Request %1 is approved.</source>
        <translation>Se aprobó la solicitud %1.</translation>
    </message>
    <message>
        <source>Request %1 is denied.</source>
        <translation>Se denegó la solicitud %1.</translation>
    </message>
    <message>
        <source>Save the request on file</source>
        <translation>Guardar la solicitud tal como consta en archivo</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Request %1 is in %2.</source>
        <translation>La solicitud %1 está en %2.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::ResultsView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected rows (plate, state, time, camera, place) as tab-separated text</source>
        <translation>Copiar las filas elegidas (placa, estado, hora, cámara, lugar) como texto separado por tabuladores</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
</context>
<context>
    <name>alpr::gui::Role</name>
    <message>
        <source>detective</source>
        <translation>detective</translation>
    </message>
    <message>
        <source>dispatcher</source>
        <translation>despachador</translation>
    </message>
    <message>
        <source>records</source>
        <translation>registros</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrador</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <source>ingest</source>
        <translation>ingesta</translation>
    </message>
    <message>
        <source>maintenance</source>
        <translation>mantenimiento</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>supervisor</translation>
    </message>
</context>
<context>
    <name>alpr::gui::SampleItemModel</name>
    <message>
        <source>all pass</source>
        <translation>todas correctas</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>Hora (local)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
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
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Verificaciones</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Conclusión</translation>
    </message>
    <message>
        <source>data errors: %1</source>
        <translation>errores de datos: %1</translation>
    </message>
    <message>
        <source>case format</source>
        <translation>formato del n.º de caso</translation>
    </message>
    <message>
        <source>case not on record</source>
        <translation>caso no registrado</translation>
    </message>
    <message>
        <source>purpose not listed</source>
        <translation>propósito fuera de la lista</translation>
    </message>
    <message>
        <source>purpose retired since (allowed then)</source>
        <translation>propósito dado de baja después (permitido entonces)</translation>
    </message>
</context>
<context>
    <name>alpr::gui::SampleListModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Sample %1, drawn by %2 on %3 with seed %4</source>
        <translation>Muestra %1, extraída por %2 el %3 con la semilla %4</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
</context>
<context>
    <name>alpr::gui::SettingsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutos</translation>
    </message>
    <message>
        <source>until an administrator unlocks</source>
        <translation>hasta que un administrador la desbloquee</translation>
    </message>
    <message>
        <source>Every user must have one-time codes</source>
        <translation>Todos los usuarios deben tener códigos de un solo uso</translation>
    </message>
    <message>
        <source>Save account rules</source>
        <translation>Guardar las reglas de cuentas</translation>
    </message>
    <message>
        <source>The CJIS Security Policy allows passwords of at least 8 characters, a lockout of at least 10 minutes (or until an administrator unlocks) and a screen lock after at most 30 idle minutes.</source>
        <translation>La Política de Seguridad de CJIS permite contraseñas de al menos 8 caracteres, un bloqueo de al menos 10 minutos (o hasta que un administrador desbloquee la cuenta) y un bloqueo de pantalla tras 30 minutos de inactividad como máximo.</translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation>&amp;Contraseña más corta:</translation>
    </message>
    <message>
        <source>&amp;Lock an account after 5 failures for:</source>
        <translation>&amp;Bloquear una cuenta tras 5 fallos durante:</translation>
    </message>
    <message>
        <source>Lock the &amp;screen after idle:</source>
        <translation>Bloquear la &amp;pantalla tras inactividad de:</translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation>Segundo factor:</translation>
    </message>
    <message>
        <source>Case numbers and misreads</source>
        <translation>Números de caso y lecturas erróneas</translation>
    </message>
    <message>
        <source>A regular expression a whole case number matches</source>
        <translation>Una expresión regular con la que coincide un número de caso completo</translation>
    </message>
    <message>
        <source>Shown to users; it must be in the format</source>
        <translation>Se muestra a los usuarios; debe tener el formato</translation>
    </message>
    <message>
        <source>Classes of characters cameras confuse, separated by spaces: 0ODQ 1I 2Z 5S 8B 6G</source>
        <translation>Clases de caracteres que las cámaras confunden, separadas por espacios: 0ODQ 1I 2Z 5S 8B 6G</translation>
    </message>
    <message>
        <source>Save case numbers and misreads</source>
        <translation>Guardar números de caso y lecturas erróneas</translation>
    </message>
    <message>
        <source>Case number &amp;format:</source>
        <translation>&amp;Formato del número de caso:</translation>
    </message>
    <message>
        <source>Case number &amp;example:</source>
        <translation>&amp;Ejemplo de número de caso:</translation>
    </message>
    <message>
        <source>&amp;Misread table:</source>
        <translation>Tabla de lecturas &amp;erróneas:</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Agencia</translation>
    </message>
    <message>
        <source>e.g. Los Altos Police Department</source>
        <translation>p. ej. Departamento de Policía de Los Altos</translation>
    </message>
    <message>
        <source>9 characters, e.g. CA0431000</source>
        <translation>9 caracteres, p. ej. CA0431000</translation>
    </message>
    <message>
        <source>The NCIC Originating Agency Identifier: the state&apos;s two letters, then seven letters or digits</source>
        <translation>El identificador de agencia de origen (ORI) del NCIC: las dos letras del estado y luego siete letras o dígitos</translation>
    </message>
    <message>
        <source>phone, e-mail or office</source>
        <translation>teléfono, correo electrónico u oficina</translation>
    </message>
    <message>
        <source>The zone in which days are counted and times shown on reports</source>
        <translation>La zona en la que se cuentan los días y se muestran las horas en los informes</translation>
    </message>
    <message>
        <source>Audit memos, reports and evidence packages print the agency&apos;s name and ORI.</source>
        <translation>Los memorandos de auditoría, los informes y los paquetes de evidencia imprimen el nombre y el ORI de la agencia.</translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation>Guardar la agencia</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation>&amp;ORI:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>C&amp;ontacto:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Saved the account rules: passwords of at least %1 characters, %2, the screen locked after %3 idle minutes, one-time codes %4.</source>
        <translation>Se guardaron las reglas de cuentas: contraseñas de al menos %1 caracteres, %2, la pantalla bloqueada tras %3 minutos de inactividad, códigos de un solo uso %4.</translation>
    </message>
    <message>
        <source>locked accounts wait for an administrator</source>
        <translation>las cuentas bloqueadas esperan a un administrador</translation>
    </message>
    <message>
        <source>locked accounts open after %1 minutes</source>
        <translation>las cuentas bloqueadas se abren tras %1 minutos</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatorios</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcionales</translation>
    </message>
    <message>
        <source>Saved. New searches check case numbers against the format; the misread table applies from the next search.</source>
        <translation>Guardado. Las búsquedas nuevas verifican los números de caso con el formato; la tabla de lecturas erróneas se aplica desde la próxima búsqueda.</translation>
    </message>
    <message>
        <source>Saved the agency: %1.</source>
        <translation>Se guardó la agencia: %1.</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> horas</translation>
    </message>
    <message>
        <source>A general hot list whose extract is older than this is stale: its hits say so, and the status bar names it</source>
        <translation>Una lista de alertas general cuyo extracto es más antiguo que esto está desactualizada: sus alertas lo indican y la barra de estado la nombra</translation>
    </message>
    <message>
        <source>Hot lists &amp;stale after:</source>
        <translation>&amp;Listas de alertas desactualizadas tras:</translation>
    </message>
    <message>
        <source>A taken alert goes back to the queue after this long without a checklist step</source>
        <translation>Una alerta tomada vuelve a la cola tras este tiempo sin ningún paso de la lista de verificación</translation>
    </message>
    <message>
        <source>An alert nobody has taken for this long is highlighted and announced again</source>
        <translation>Una alerta que nadie ha tomado durante este tiempo se resalta y se anuncia de nuevo</translation>
    </message>
    <message>
        <source>Release a ta&amp;ken alert after:</source>
        <translation>Liberar una alerta &amp;tomada tras:</translation>
    </message>
    <message>
        <source>Escalate an &amp;untaken alert after:</source>
        <translation>Escalar una alerta &amp;sin tomar tras:</translation>
    </message>
    <message>
        <source>Mobile (vehicle-mounted)</source>
        <translation>Móviles (montadas en vehículos)</translation>
    </message>
    <message>
        <source>Fixed cameras</source>
        <translation>Cámaras fijas</translation>
    </message>
    <message>
        <source>Unknown source</source>
        <translation>Origen desconocido</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Save retention rules</source>
        <translation>Guardar las reglas de conservación</translation>
    </message>
    <message>
        <source>Reads past their period are purged daily with their images, unless a legal hold keeps them; images may go sooner. Days are counted in the agency&apos;s time zone. A mobile period under 365 days needs the policy section that allows it.</source>
        <translation>Las lecturas que superan su periodo se purgan a diario junto con sus imágenes, salvo que una retención legal las conserve; las imágenes pueden eliminarse antes. Los días se cuentan en la zona horaria de la agencia. Un periodo de lecturas móviles de menos de 365 días necesita la sección de la política que lo permita.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Reads kept</source>
        <translation>Lecturas conservadas</translation>
    </message>
    <message>
        <source>Images kept</source>
        <translation>Imágenes conservadas</translation>
    </message>
    <message>
        <source>Policy section</source>
        <translation>Sección de la política</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>At most as long as the read</source>
        <translation>Como máximo, tanto como la lectura</translation>
    </message>
    <message>
        <source>e.g. San Leandro 418.5</source>
        <translation>p. ej. San Leandro 418.5</translation>
    </message>
    <message>
        <source>These periods are shorter than those in force. The next purge will remove %1 more reads than it would now, and the images of %2 more reads (those of the removed reads included). Nothing purged can be recovered.

Save the shorter periods?</source>
        <translation>Estos periodos son más cortos que los vigentes. La próxima purga eliminará %1 lecturas más que si se ejecutara ahora, y las imágenes de otras %2 lecturas (incluidas las de las lecturas eliminadas). Nada de lo purgado se puede recuperar.

¿Guardar los periodos más cortos?</translation>
    </message>
    <message>
        <source>Shorter retention periods</source>
        <translation>Periodos de conservación más cortos</translation>
    </message>
    <message>
        <source>Not saved: the retention rules in force are unchanged.</source>
        <translation>No se guardó: las reglas de conservación vigentes no cambian.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. The next purge removes %n more read(s) under these periods.</source>
        <translation>
            <numerusform>Guardado. La próxima purga elimina %n lectura más con estos periodos.</numerusform>
            <numerusform>Guardado. La próxima purga elimina %n lecturas más con estos periodos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the retention rules; they apply from the next purge.</source>
        <translation>Se guardaron las reglas de conservación; se aplican desde la próxima purga.</translation>
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
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Código de 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>One-time code:</source>
        <translation>Código de un solo uso:</translation>
    </message>
    <message>
        <source>Enter the 6-digit code from your authenticator app.</source>
        <translation>Escriba el código de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>%1 is a service account for unattended jobs (imports, the nightly store upkeep); it cannot sign in here. Sign in with your own account.</source>
        <translation>%1 es una cuenta de servicio para trabajos desatendidos (importaciones, el mantenimiento nocturno del almacén); no puede iniciar sesión aquí. Inicie sesión con su propia cuenta.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::StaleListsLabel</name>
    <message>
        <source>Hot lists: cannot tell which are stale</source>
        <translation>Listas de alertas: no se puede saber cuáles están desactualizadas</translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation>%1: al %2</translation>
    </message>
    <message numerus="yes">
        <source>Stale list(s): %1</source>
        <translation>
            <numerusform>Lista desactualizada: %1</numerusform>
            <numerusform>Listas desactualizadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>These lists have not been downloaded within the stale limit; their hits may no longer be current. An administrator imports a new extract.
%1</source>
        <translation>Estas listas no se han descargado dentro del límite de desactualización; puede que sus alertas ya no estén vigentes. Un administrador importa un extracto nuevo.
%1</translation>
    </message>
</context>
<context>
    <name>alpr::gui::UserTableModel</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>vencida</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>current until %1</source>
        <translation>vigente hasta el %1</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deshabilitada</translation>
    </message>
    <message>
        <source>active, must change password</source>
        <translation>activa, debe cambiar la contraseña</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>registrados</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Badge</source>
        <translation>N.º de placa</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Capacitación</translation>
    </message>
    <message>
        <source>One-time codes</source>
        <translation>Códigos de un solo uso</translation>
    </message>
</context>
<context>
    <name>alpr::gui::UsersPage</name>
    <message>
        <source>New user</source>
        <translation>Usuario nuevo</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Agregar usuario</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Badge or employee number:</source>
        <translation>Número de placa o de empleado:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation>Contraseña temporal:</translation>
    </message>
    <message>
        <source>Temporary password again:</source>
        <translation>Repita la contraseña temporal:</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Cambiar roles</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Registrar capacitación</translation>
    </message>
    <message>
        <source>Training course:</source>
        <translation>Curso de capacitación:</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation>Completado el:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Habilitar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>Enrol one-time codes</source>
        <translation>Registrar códigos de un solo uso</translation>
    </message>
    <message>
        <source>Scan with the authenticator app</source>
        <translation>Escanee con la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation>Usuario seleccionado: %1</translation>
    </message>
    <message>
        <source>Selected user: none</source>
        <translation>Usuario seleccionado: ninguno</translation>
    </message>
    <message>
        <source>The two temporary passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas temporales no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Choose at least one role for %1.</source>
        <translation>Elija al menos un rol para %1.</translation>
    </message>
    <message>
        <source>Added %1. They must change the temporary password at their first sign-in, and need a training record before they reach ALPR data.</source>
        <translation>Se agregó a %1. Deberá cambiar la contraseña temporal la primera vez que inicie sesión, y necesita un registro de capacitación antes de acceder a los datos de ALPR.</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation>%1 ahora tiene los roles %2.</translation>
    </message>
    <message>
        <source>Name the training course %1 completed.</source>
        <translation>Indique el curso de capacitación que completó %1.</translation>
    </message>
    <message>
        <source>Recorded %1&apos;s training &quot;%2&quot;.</source>
        <translation>Se registró la capacitación &quot;%2&quot; de %1.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation>La cuenta de %1 está desbloqueada.</translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must change it at the next sign-in.</source>
        <translation>%1 tiene ahora una contraseña temporal y deberá cambiarla la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 is enabled with a temporary password, to be changed at the next sign-in.</source>
        <translation>La cuenta de %1 está habilitada con una contraseña temporal, que deberá cambiarse la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 is disabled and their key slot removed. A copy of the key-slot file taken earlier still opens the store until it gets a new key: run &apos;alprctl store rekey&apos; when no one else is signed in.</source>
        <translation>%1 está deshabilitado y se eliminó su ranura de clave. Una copia del archivo de ranuras de clave hecha antes todavía abre el almacén hasta que reciba una clave nueva: ejecute &apos;alprctl store rekey&apos; cuando nadie más tenga la sesión iniciada.</translation>
    </message>
    <message>
        <source>Secret (base32, to type in instead of scanning): %1</source>
        <translation>Clave secreta (base32, para escribirla en lugar de escanear el código): %1</translation>
    </message>
    <message>
        <source>One-time codes enrolled for %1. Let them scan the code now: it is shown this once. Keep it private: whoever has the secret can make codes.</source>
        <translation>Códigos de un solo uso registrados para %1. Pida al usuario que escanee el código ahora: solo se muestra esta vez. Manténgalo en privado: quien tenga la clave secreta puede generar códigos.</translation>
    </message>
</context>
<context>
    <name>alpr::gui::WorksheetBox</name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>— unanswered —</source>
        <translation>— sin responder —</translation>
    </message>
    <message>
        <source>Worksheet</source>
        <translation>Hoja de trabajo</translation>
    </message>
    <message>
        <source>Automatic checks</source>
        <translation>Verificaciones automáticas</translation>
    </message>
    <message>
        <source>Case number in the department&apos;s format:</source>
        <translation>N.º de caso con el formato del departamento:</translation>
    </message>
    <message>
        <source>Case on record by then:</source>
        <translation>Caso ya registrado en ese momento:</translation>
    </message>
    <message>
        <source>Purpose on the list:</source>
        <translation>Propósito en la lista:</translation>
    </message>
    <message>
        <source>Purpose active (not retired):</source>
        <translation>Propósito vigente (no dado de baja):</translation>
    </message>
    <message>
        <source>Data errors:</source>
        <translation>Errores de datos:</translation>
    </message>
    <message>
        <source>Auditor&apos;s review</source>
        <translation>Revisión del auditor</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>Complies</source>
        <translation>Cumple</translation>
    </message>
    <message>
        <source>Does not comply</source>
        <translation>No cumple</translation>
    </message>
    <message>
        <source>Needs follow-up</source>
        <translation>Requiere seguimiento</translation>
    </message>
    <message>
        <source>The case exists in the records system:</source>
        <translation>El caso existe en el sistema de registros:</translation>
    </message>
    <message>
        <source>The purpose fits the case and the policy:</source>
        <translation>El propósito se ajusta al caso y a la política:</translation>
    </message>
    <message>
        <source>The query is consistent with the case:</source>
        <translation>La consulta es coherente con el caso:</translation>
    </message>
    <message>
        <source>&amp;Finding:</source>
        <translation>&amp;Conclusión:</translation>
    </message>
    <message>
        <source>What was found (required unless the item complies). No personal identifiers.</source>
        <translation>Lo que se encontró (obligatorio salvo que el elemento cumpla). No incluya datos de identificación personal.</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Save finding</source>
        <translation>Guardar conclusión</translation>
    </message>
    <message>
        <source>Select an item of a sample to review it.</source>
        <translation>Seleccione un elemento de una muestra para revisarlo.</translation>
    </message>
    <message>
        <source>Item %1: event %2, %3 by %4 on %5 under case %6 for %7</source>
        <translation>Elemento %1: evento %2, %3 de %4 el %5, caso %6, propósito %7</translation>
    </message>
    <message>
        <source>No: retired since, authorized when it was used</source>
        <translation>No: dado de baja después, autorizado cuando se usó</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Aún no revisado.</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2.</source>
        <translation>Revisado por %1 el %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Search, review and audit license plate reads.</source>
        <translation>Buscar, revisar y auditar lecturas de placas.</translation>
    </message>
    <message>
        <source>The store file, or the department store&apos;s address postgresql://HOST[:PORT]/DATABASE (default: $ALPR_STORE).</source>
        <translation>El archivo del almacén, o la dirección del almacén del departamento postgresql://HOST[:PUERTO]/BASE (predeterminado: $ALPR_STORE).</translation>
    </message>
</context>
</TS>
