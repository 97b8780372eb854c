import type { UrgencyNegation, UrgencyRule } from './urgency-types';

const r = String.raw;

/** Patterns are matched on the accent-folded text, so they are written without accents. */
export const ES_URGENCY: readonly UrgencyRule[] = [
  {
    id: 'legal',
    patterns: [
      r`abogad[oa]s?`, r`demandar(?:e|emos|ia|los|las)?`, r`(?:poner|pondre|pondremos|presentar|presente|presentamos) (?:una )?(?:demanda|denuncia)`,
      r`denunciar(?:e|emos|los|las)?`, r`acciones legales`, r`via legal`, r`juzgado`, r`tribunal(?:es)?`, r`omic`, r`profeco`,
      r`oficina de consumo`, r`(?:hoja|libro) de reclamaciones`, r`(?:llam|avis|acud|fui|fuimos)\p{L}* a la policia`,
    ],
    matches: ['Ya hablé con mi abogado y vamos a denunciar.', 'Pedimos la hoja de reclamaciones y no nos la dieron.'],
    ignores: ['El desayuno era variado y hay policía en la calle toda la noche.', 'Hotel con mucha demanda en temporada alta.'],
  },
  {
    id: 'health_safety',
    patterns: [
      r`intoxic\p{L}*`, r`enferm(?:o|a|os|as|e|amos|aron|arse)`, r`vomit\p{L}*`, r`diarrea`,
      r`(?:al|en el) hospital`, r`hospitaliz\p{L}*`, r`(?:a|en) urgencias`, r`ambulancia`, r`herid[oa]s?`, r`lesion(?:es)?`, r`alergi\p{L}*`, r`alergic\p{L}*`,
      r`cucarachas?`, r`chinches?`, r`ratas?`, r`ratones`, r`moho`, r`incendio`, r`fuga de gas`, r`insegur[oa]`,
      r`peligros[oa]s?`, r`robo`, r`robaron`, r`comida en mal estado`, r`caducad[oa]s?`, r`salmonela`, r`gusanos`,
    ],
    matches: ['Dos de nosotros terminamos con intoxicación alimentaria.', 'Había cucarachas en el baño.'],
    ignores: ['La piscina estaba limpia y el hotel queda cerca del hospital.'],
    negatable: true,
  },
  {
    id: 'discrimination',
    patterns: [
      r`racis\p{L}*`, r`discrimin\p{L}*`, r`sexis\p{L}*`, r`homofob\p{L}*`, r`xenofob\p{L}*`,
      r`por ser (?:negr[oa]s?|gays?|mujer(?:es)?|extranjer[oa]s?|latin[oa]s?|musulman(?:es)?|cuban[oa]s?|mayores)`,
      r`por (?:mi|nuestro|nuestra) (?:color|raza|acento|religion|discapacidad|edad)`, r`nos trataron diferente`,
    ],
    matches: ['El trato fue claramente racista.', 'Nos atendieron mal por ser extranjeros.'],
    ignores: ['La comida era diferente cada día.'],
    negatable: true,
  },
  {
    id: 'privacy',
    patterns: [
      r`datos personales`, r`(?:mis|sus|nuestros) datos (?:bancarios|de (?:la )?tarjeta)`, r`proteccion de datos`, r`rgpd`,
      r`violacion de (?:la |mi |nuestra )?privacidad`, r`sin (?:mi|nuestro) (?:consentimiento|permiso)`,
      r`filtr(?:aron|ado|acion) (?:de )?(?:mis|sus|nuestros|los) datos`, r`hacke\p{L}*`,
    ],
    matches: ['Compartieron mis datos personales sin mi consentimiento.'],
    ignores: ['La habitación tenía vistas al mar y mucha privacidad.'],
    negatable: true,
  },
  {
    id: 'going_public',
    patterns: [
      r`(?:publicar|publicare|publicarlo|compartir|compartire|difundir|difundire|contar|contare|denunciar|subir|subire)\p{L}* (?:esto |lo )?(?:en|a) (?:las |los |la )?(?:redes(?: sociales)?|prensa|medios|television|periodicos?|todas partes)`,
      r`(?:hacer|hare|haremos|hacerlo|se hara)\p{L}* viral`,
      r`(?:contar|contare|dire|decir)\p{L}* a todo el mundo`, r`(?:hacer|hare)\p{L}* publico`,
    ],
    matches: ['Lo voy a publicar en redes sociales para que todos lo sepan.', 'Voy a contar esto a la prensa.'],
    ignores: ['El hotel está cerca del centro y hay wifi en todas partes.'],
  },
  {
    id: 'boycott',
    patterns: [
      r`boicot\p{L}*`, r`no (?:vayan|reserven|compren|pidan|vengan|se alojen|se hospeden)`, r`eviten\p{L}*`,
      r`huyan`, r`alejense`, r`no pierdan (?:su )?(?:tiempo|dinero)`, r`no (?:se )?lo recomiendo a nadie`,
    ],
    matches: ['No vayan a este hotel, eviten este lugar.', 'No pierdan su dinero aquí.'],
    ignores: ['Vayan temprano al desayuno, vale la pena.'],
  },
  {
    id: 'never_again',
    patterns: [
      r`nunca mas`, r`jamas (?:volver|regresar)\p{L}*`, r`no (?:volvere|volveremos|volveria|volveriamos|regresare|regresaremos|repetiremos|repetiria|vuelvo)`,
      r`(?:primera y )?ultima vez`,
    ],
    matches: ['Nunca más volveremos a este hotel.', 'Primera y última vez que me alojo aquí.'],
    ignores: ['Sin duda volveremos el próximo año.'],
  },
  {
    id: 'repeated_complaint',
    patterns: [
      r`(?:segunda|tercera|cuarta|quinta) vez que (?:reclam|escrib|llam|me quej|nos quej|pas|ocurr|suced|nos pas|me pas)\p{L}*`,
      r`(?:reclam|llam|escrib|quej|ped|pas|ocurr|suced)\p{L}* una y otra vez`, r`(?:varias|muchas|reiteradas|numerosas) (?:llamadas|quejas|reclamaciones)`,
      r`(?:reclam|llam|escrib|me quej|nos quej|ped|solicit)\p{L}* (?:varias|muchas|reiteradas|numerosas|\d+|dos|tres) veces`,
      r`(?:sigo|seguimos) (?:esperando|sin respuesta)`, r`sin (?:ninguna )?respuesta`, r`ninguna respuesta`,
    ],
    matches: ['Es la tercera vez que reclamo y sigo esperando.', 'Escribí varias veces, sin respuesta.'],
    ignores: ['Es nuestra segunda vez en este hotel y nos encantó.', 'Hemos venido varias veces.', 'Volvería una y otra vez.'],
  },
  {
    id: 'others_agree',
    patterns: [
      r`no (?:soy|somos|fui|fuimos) (?:el|la|los|las) unic[oa]s?`,
      r`(?:otros|otras|muchos|varios|todos los) (?:huespedes|clientes|turistas|usuarios|comensales) (?:tambien|se quejaron|coinciden|opinan|dicen|tuvieron)`,
      r`(?:como|igual que) (?:dicen|mencionan) (?:otr[oa]s|muchas) (?:opiniones|resenas|comentarios)`,
      r`todo el mundo (?:se queja|dice|coincide)`,
    ],
    matches: ['No fuimos los únicos, otros huéspedes también se quejaron.'],
    ignores: ['Otros restaurantes del hotel eran excelentes.'],
  },
];

export const ES_URGENCY_NEGATION: UrgencyNegation = {
  subjects: ['nadie', 'ninguno', 'ninguna', 'ninguno de nosotros', 'ninguna de nosotras', 'nada'],
  words: ['no', 'nunca', 'jamas', 'sin', 'ni', 'tampoco', 'ningun'],
  clauseBreaks: ['y', 'e', 'pero', 'porque', 'aunque', 'luego', 'cuando', 'despues', 'sino', 'mientras', 'hasta'],
};
