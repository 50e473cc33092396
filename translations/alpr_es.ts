<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>alpr::gui::AdminWindow</name>
    <message>
        <source>Administration — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hot lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation type="unfinished">Sesión iniciada como %1 (%2) · %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished">&amp;Archivo</translation>
    </message>
    <message>
        <source>Sign out and &amp;quit</source>
        <translation type="unfinished">Cerrar sesión y &amp;salir</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished">&amp;Cuenta</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished">Cambiar &amp;contraseña…</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation type="unfinished">A&amp;uditoría</translation>
    </message>
    <message>
        <source>&amp;Auditor&apos;s console…</source>
        <translation type="unfinished">Consola del &amp;auditor…</translation>
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
        <source>search inquiries</source>
        <translation>búsquedas</translation>
    </message>
    <message>
        <source>image views</source>
        <translation>imágenes vistas</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case history is closed to you: %1</source>
        <translation type="unfinished"></translation>
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
    <name>alpr::gui::ErrorText</name>
    <message>
        <source>%1

The store is damaged. Stop working in it and tell your administrator. The administrator restores the store and its .keys file from the last backup and runs &apos;alprctl store check&apos; on it (README, &quot;Damaged store&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListDialog</name>
    <message>
        <source>Hot list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New hot list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Stolen vehicles (SVS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general: a DOJ or NCIC extract, replaced at each download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department: entries members make (BOLOs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose its hits are verified under</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 to 100; hits on a higher priority list come first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert dispatchers on a hit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covert: only the members below see and verify its hits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished">&amp;Tipo:</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the purpose the list&apos;s hits are verified under.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListImportDialog</name>
    <message>
        <source>Import into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file replaces every entry of &quot;%1&quot; in one step; a file with an error is refused whole and changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. svs.tbl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLEW extract (svs.tbl, sfr.tbl, slr.tbl)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NCIC CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow the list to shrink by more than half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A truncated download shrinks a list: tick this only when the list really shrank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hot-list files (*.tbl *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded %1 entries into &quot;%2&quot; (%3; it had %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates dropped: %1; plates refused: %2; states corrected: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListTableModel</name>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished">deshabilitada</translation>
    </message>
    <message>
        <source>covert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Members: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded by %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extract is older than the stale limit: import a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished">Tipo</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished">Propósito</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::HotListsPage</name>
    <message>
        <source>&amp;New list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a CLEW extract or an NCIC or plain CSV file into the selected general list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the selected entry: it matches reads from now on (Los Altos 462.4(h)(5))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department entries (BOLOs) wait here until an administrator approves them; nobody approves an entry they made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the general list &quot;%1&quot;; import its first extract with Import file….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the department list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the list &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled &quot;%1&quot;: its entries match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled &quot;%1&quot;: its entries no longer match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved entry %1 (%2) on &quot;%3&quot;: it matches reads from now on.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, an administrator, is giving the store a new key or restoring it from a backup. This window closes now and ends your session; sign in again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>alpr::gui::PasswordInput</name>
    <message>
        <source>The password is longer than %1 characters, the most a password may have. Type it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::PendingEntryModel</name>
    <message>
        <source>A partial plate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plate</source>
        <translation type="unfinished">Placa</translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished">Estado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished">Caso</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synopsis</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who may give it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved purpose %1, for %2.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until an administrator unlocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every user must have one-time codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save account rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CJIS Security Policy allows passwords of at least 8 characters, a lockout of at least 10 minutes (or until an administrator unlocks) and a screen lock after at most 30 idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortest &amp;password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock an account after 5 failures for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the &amp;screen after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second factor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case numbers and misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A regular expression a whole case number matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown to users; it must be in the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classes of characters cameras confuse, separated by spaces: 0ODQ 1I 2Z 5S 8B 6G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save case numbers and misreads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number &amp;example:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Misread table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Los Altos Police Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>9 characters, e.g. CA0431000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NCIC Originating Agency Identifier: the state&apos;s two letters, then seven letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone, e-mail or office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The zone in which days are counted and times shown on reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit memos, reports and evidence packages print the agency&apos;s name and ORI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ORI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the account rules: passwords of at least %1 characters, %2, the screen locked after %3 idle minutes, one-time codes %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked accounts wait for an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked accounts open after %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New searches check case numbers against the format; the misread table applies from the next search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the agency: %1.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>alpr::gui::StaleListsLabel</name>
    <message>
        <source>Hot lists: cannot tell which are stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as of %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Usuario nuevo</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished">Agregar usuario</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation type="unfinished">Nombre completo:</translation>
    </message>
    <message>
        <source>Badge or employee number:</source>
        <translation type="unfinished">Número de placa o de empleado:</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation type="unfinished">Organización:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation type="unfinished">Roles:</translation>
    </message>
    <message>
        <source>Temporary password:</source>
        <translation type="unfinished">Contraseña temporal:</translation>
    </message>
    <message>
        <source>Temporary password again:</source>
        <translation type="unfinished">Repita la contraseña temporal:</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation type="unfinished">Cambiar roles</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished">Vence el</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation type="unfinished">Registrar capacitación</translation>
    </message>
    <message>
        <source>Training course:</source>
        <translation type="unfinished">Curso de capacitación:</translation>
    </message>
    <message>
        <source>Completed on:</source>
        <translation type="unfinished">Completado el:</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished">Restablecer contraseña</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation type="unfinished">Habilitar</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished">Desbloquear</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished">Deshabilitar</translation>
    </message>
    <message>
        <source>Enrol one-time codes</source>
        <translation type="unfinished">Registrar códigos de un solo uso</translation>
    </message>
    <message>
        <source>Scan with the authenticator app</source>
        <translation type="unfinished">Escanee con la aplicación de autenticación</translation>
    </message>
    <message>
        <source>Selected user: %1</source>
        <translation type="unfinished">Usuario seleccionado: %1</translation>
    </message>
    <message>
        <source>Selected user: none</source>
        <translation type="unfinished">Usuario seleccionado: ninguno</translation>
    </message>
    <message>
        <source>The two temporary passwords differ; type the same one twice.</source>
        <translation type="unfinished">Las dos contraseñas temporales no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>Choose at least one role for %1.</source>
        <translation type="unfinished">Elija al menos un rol para %1.</translation>
    </message>
    <message>
        <source>Added %1. They must change the temporary password at their first sign-in, and need a training record before they reach ALPR data.</source>
        <translation type="unfinished">Se agregó a %1. Deberá cambiar la contraseña temporal la primera vez que inicie sesión, y necesita un registro de capacitación antes de acceder a los datos de ALPR.</translation>
    </message>
    <message>
        <source>%1 now has the roles %2.</source>
        <translation type="unfinished">%1 ahora tiene los roles %2.</translation>
    </message>
    <message>
        <source>Name the training course %1 completed.</source>
        <translation type="unfinished">Indique el curso de capacitación que completó %1.</translation>
    </message>
    <message>
        <source>Recorded %1&apos;s training &quot;%2&quot;.</source>
        <translation type="unfinished">Se registró la capacitación &quot;%2&quot; de %1.</translation>
    </message>
    <message>
        <source>%1 is unlocked.</source>
        <translation type="unfinished">La cuenta de %1 está desbloqueada.</translation>
    </message>
    <message>
        <source>%1 has a temporary password now and must change it at the next sign-in.</source>
        <translation type="unfinished">%1 tiene ahora una contraseña temporal y deberá cambiarla la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 is enabled with a temporary password, to be changed at the next sign-in.</source>
        <translation type="unfinished">La cuenta de %1 está habilitada con una contraseña temporal, que deberá cambiarse la próxima vez que inicie sesión.</translation>
    </message>
    <message>
        <source>%1 is disabled and their key slot removed. A copy of the key-slot file taken earlier still opens the store until it gets a new key: run &apos;alprctl store rekey&apos; when no one else is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret (base32, to type in instead of scanning): %1</source>
        <translation type="unfinished">Clave secreta (base32, para escribirla en lugar de escanear el código): %1</translation>
    </message>
    <message>
        <source>One-time codes enrolled for %1. Let them scan the code now: it is shown this once. Keep it private: whoever has the secret can make codes.</source>
        <translation type="unfinished">Códigos de un solo uso registrados para %1. Pida al usuario que escanee el código ahora: solo se muestra esta vez. Manténgalo en privado: quien tenga la clave secreta puede generar códigos.</translation>
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
</TS>
