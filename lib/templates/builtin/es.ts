/**
 * The built-in Spanish library, written in Spanish (not translated line by line). Long replies use
 * "usted", short social replies use "tú"; each template's tags say which. Wording avoids gendered
 * forms for the reviewer, whose gender is unknown.
 */
import { ANY, LONG_FORM, MIXED, NEGATIVE, POSITIVE, defineTemplates } from './define';

const SIGN = `{{#signature}}

Un saludo,
{{signature}}{{#role}}, {{role}}{{/role}}{{#brand}}, {{brand}}{{/brand}}{{/signature}}{{^signature}}{{#brand}}

El equipo de {{brand}}{{/brand}}{{/signature}}`;
const SHORT_SIGN = `{{#signature}} – {{signature}}{{/signature}}`;
const USTED = ['usted'];
const TU = ['tú'];

export const es = defineTemplates('es', [
  // Quejas, una por tema.
  {
    id: 'es.negative.cleanliness',
    title: 'Queja por limpieza',
    situations: ['negative'],
    topics: ['cleanliness'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por contarnos sin rodeos lo de {{topic}}. La limpieza es lo mínimo que debería encontrar con nosotros, y en su visita no estuvimos a la altura. Le pedimos disculpas.

{{action}}

Si nos indica la fecha de su visita a través de {{contact}}, me gustaría revisarlo con la persona responsable de limpieza para entender en qué fallaron nuestros controles.${SIGN}`,
  },
  {
    id: 'es.negative.staff',
    title: 'Queja por el trato del personal',
    situations: ['negative'],
    topics: ['staff'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Lamento mucho el trato que recibió{{#brand}} en {{brand}}{{/brand}}{{#name}}, {{name}}{{/name}}. Nadie debería irse con la sensación de que no se le hizo caso, y lo que describe sobre {{topic}} no es la forma en que queremos recibir a la gente.

{{action}}

Me gustaría conocer lo ocurrido con más detalle, incluido el día aproximado, para hablarlo con el equipo. Puede escribirme a través de {{contact}}.${SIGN}`,
  },
  {
    id: 'es.negative.food',
    title: 'Queja por comida o bebida',
    situations: ['negative'],
    topics: ['food'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por tu opinión sincera sobre {{topic}}. La cocina es buena parte de lo que somos, y un plato que llega como lo describes es una decepción. Sentimos que te estropeara la comida.

{{action}}

Me gustaría trasladar los detalles al equipo de cocina. Si nos cuentas qué pediste y más o menos cuándo a través de {{contact}}, les ayudará a encontrar el fallo.${SIGN}`,
  },
  {
    id: 'es.negative.waiting',
    title: 'Queja por esperas y retrasos',
    situations: ['negative'],
    topics: ['waiting'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Sentimos mucho lo de {{topic}}{{#name}}, {{name}}{{/name}}. Esperar tanto es frustrante, y más aún cuando nadie le explica qué está pasando. Su tiempo es valioso y no lo tratamos como tal.

{{action}}

Si nos indica el día y la hora de su visita a través de {{contact}}, podremos ver qué falló en ese turno.${SIGN}`,
  },
  {
    id: 'es.negative.room',
    title: 'Queja por la habitación o las instalaciones',
    situations: ['negative'],
    topics: ['room'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por avisarnos de {{topic}}. Cuando algo de la habitación no funciona, se resiente toda la estancia, y lamentamos que esa fuera su experiencia con nosotros.

{{action}}

Si nos facilita las fechas de su estancia a través de {{contact}}, me gustaría revisar el historial de mantenimiento de su habitación y hacer seguimiento de la reparación.${SIGN}`,
  },
  {
    id: 'es.negative.noise',
    title: 'Queja por ruido',
    situations: ['negative'],
    topics: ['noise'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por contarnos lo de {{topic}}. Dormir mal condiciona todo el día siguiente, y sentimos que no pudieras descansar como esperabas.

{{action}}

Si nos dices en qué habitación estabas y qué noches a través de {{contact}}, podremos averiguar de dónde venía el ruido.${SIGN}`,
  },
  {
    id: 'es.negative.price',
    title: 'Queja por precio o relación calidad-precio',
    situations: ['negative'],
    topics: ['price'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias por su franqueza sobre {{topic}}{{#name}}, {{name}}{{/name}}. Cuando lo que se paga parece más de lo que se recibe, es justo decirlo, y sentimos no haber estado a la altura de lo que pagó.

{{action}}

Si le parece bien, cuéntenos a través de {{contact}} qué parte le pareció que menos valía lo pagado. Ese tipo de detalle nos ayuda a decidir qué cambiar primero.${SIGN}`,
  },
  {
    id: 'es.negative.billing',
    title: 'Queja por reserva o cobro',
    situations: ['negative'],
    topics: ['billing'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Lamentamos los problemas con {{topic}}{{#name}}, {{name}}{{/name}}. Encontrarse un cargo inesperado genera mucha inquietud, y no debería tener que insistir para que lo resolvamos.

Por su seguridad, no publique aquí datos de su tarjeta ni de la reserva. Si nos los envía a través de {{contact}}, me gustaría revisar los cargos uno por uno con usted.

{{action}}${SIGN}`,
  },
  {
    id: 'es.negative.delivery',
    title: 'Queja por envío o entrega',
    situations: ['negative'],
    topics: ['delivery'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Sentimos mucho lo de {{topic}}. Cuando esperas un pedido, cada día sin noticias se hace largo, y esa parte es responsabilidad nuestra.

{{action}}

Si nos mandas los datos del pedido a través de {{contact}}, podemos rastrear el paquete con la empresa de transporte y contarte lo que averigüemos.${SIGN}`,
  },
  {
    id: 'es.negative.product',
    title: 'Queja por producto defectuoso',
    situations: ['negative'],
    topics: ['product'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por avisarnos de {{topic}}. Pagaste por algo que debería funcionar y te ha fallado. Lo sentimos.

¿Podrías enviarnos una foto y una breve descripción de lo que pasó a través de {{contact}}? Nos ayuda a saber si es un caso aislado o un defecto que afecta a más unidades.

{{action}}${SIGN}`,
  },
  {
    id: 'es.negative.safety',
    title: 'Problema de seguridad (sin lesiones)',
    situations: ['negative'],
    topics: ['safety'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias por avisarnos de {{topic}}{{#name}}, {{name}}{{/name}}. Lo estamos tratando como una cuestión de seguridad, y lamentamos que se lo encontrara.

{{action}}

Si puede darnos algún detalle más a través de {{contact}}, como el lugar exacto y la hora, nos ayudará a revisar toda la zona y no únicamente el punto que vio.${SIGN}`,
  },
  {
    id: 'es.negative.refund',
    title: 'Reembolso pendiente',
    situations: ['negative'],
    topics: ['refund'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Lo sentimos{{#name}}, {{name}}{{/name}}. Esperar un dinero con el que cuenta genera mucha intranquilidad, y no debería tener que reclamarlo dos veces.

¿Podría enviarnos los datos de la compra a través de {{contact}}? Me gustaría comprobar el estado de {{topic}} y darle una respuesta concreta.

{{action}}${SIGN}`,
  },
  {
    id: 'es.negative.app',
    title: 'Problema con la aplicación o la web',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por contarnos lo de {{topic}}. Una aplicación que te complica las cosas no cumple su función, y sentimos el tiempo que te ha hecho perder.

A nuestro equipo técnico le ayudaría saber qué dispositivo y qué versión usas, y qué pulsaste inmediatamente antes del problema. Puedes enviárnoslo a través de {{contact}}.

{{action}}${SIGN}`,
  },
  {
    id: 'es.negative.app-short',
    title: 'Problema con la aplicación (breve, para tiendas de apps y X)',
    situations: ['negative'],
    topics: ['app'],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} y perdona las molestias con {{topic}}. ¿Nos mandas el modelo de tu dispositivo y la versión de la app por {{contact}}? Así encontraremos el fallo antes. {{action}}${SHORT_SIGN}`,
  },
  // Quejas de cualquier tema.
  {
    id: 'es.negative.general',
    title: 'Queja, cualquier tema',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por tomarse el tiempo de escribirnos. {{#topic}}Lo que cuenta sobre {{topic}} no es lo que queremos que viva nadie con nosotros, y lamento que le haya pasado.{{/topic}}{{^topic}}Lo que cuenta no es lo que queremos que viva nadie con nosotros, y lamento que le haya pasado.{{/topic}}

{{action}}

Si le parece bien, cuénteme más a través de {{contact}}. Los detalles nos ayudan a corregir la causa, no únicamente este caso.${SIGN}`,
  },
  {
    id: 'es.negative.general-direct',
    title: 'Queja, cualquier tema (breve y directa)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `{{#name}}{{name}}, lo sentimos.{{/name}}{{^name}}Lo sentimos.{{/name}} Venías con ganas de pasarlo bien{{#topic}} y lo de {{topic}} lo estropeó{{/topic}}. Nos toca a nosotros arreglarlo.

{{action}}

Nos gustaría entender bien qué pasó. ¿Nos escribes a través de {{contact}}?${SIGN}`,
  },
  {
    id: 'es.negative.repeated',
    title: 'La misma queja, otra vez',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['repeated_complaint', 'others_agree'],
    tags: USTED,
    body: `{{#name}}{{name}}, no{{/name}}{{^name}}No{{/name}} debería haber tenido que decírnoslo más de una vez, y lo lamentamos. {{#topic}}Que vuelva a salir lo de {{topic}} significa que lo que hicimos la última vez no bastó.{{/topic}}

{{action}}

Me gustaría hablarlo con usted directamente. Puede contactarme a través de {{contact}}.${SIGN}`,
  },
  {
    id: 'es.negative.not-coming-back',
    title: 'Dice que no volverá',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: LONG_FORM,
    urgency: ['never_again', 'boycott'],
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por explicarnos por qué no piensa volver. Cuesta leerlo, y es justo: {{#topic}}lo de {{topic}} no estuvo a la altura{{/topic}}{{^topic}}no estuvimos a la altura{{/topic}}, y lo sentimos.

{{action}}

No esperamos que una respuesta lo compense. Si le apetece hablarlo, puede encontrarme a través de {{contact}}.${SIGN}`,
  },
  {
    id: 'es.negative.short',
    title: 'Queja (breve, para redes sociales)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: TU,
    body: `Sentimos{{#topic}} lo de {{topic}}{{/topic}}{{^topic}} lo ocurrido{{/topic}}{{#name}}, {{name}}{{/name}}. No es lo que queremos para ti. ¿Nos cuentas más por {{contact}}? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'es.negative.short-flag',
    title: 'Queja (breve, gracias por avisar)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: TU,
    body: `Gracias por avisar{{#name}}, {{name}}{{/name}}, y perdona. {{#topic}}Lo de {{topic}} no está bien y queremos solucionarlo.{{/topic}}{{^topic}}Esto no está bien y queremos solucionarlo.{{/topic}} Escríbenos por {{contact}} y lo revisamos. {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'es.negative.short-own-it',
    title: 'Queja (breve, asumiendo el fallo)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: TU,
    body: `{{#name}}{{name}}, te{{/name}}{{^name}}Te{{/name}} merecías algo mejor, y lo sentimos. ¿Nos mandas los detalles por {{contact}} para que podamos revisarlo? {{action}}${SHORT_SIGN}`,
  },
  {
    id: 'es.negative.short-listening',
    title: 'Queja (breve, te leemos)',
    situations: ['negative'],
    topics: [],
    sentiment: NEGATIVE,
    sites: 'all',
    tags: TU,
    body: `Te leemos{{#name}}, {{name}}{{/name}}, y lo sentimos{{#topic}}, sobre todo lo de {{topic}}{{/topic}}. Queremos hacer seguimiento: escríbenos por {{contact}}. {{action}}${SHORT_SIGN}`,
  },
  // Pasar la conversación a un canal privado.
  {
    id: 'es.ask-details.private',
    title: 'Pedir detalles en privado',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por escribirnos. Quiero revisar esto a fondo{{#topic}} y, para ello, necesito algún detalle más sobre {{topic}}{{/topic}}. Para proteger su privacidad, no comparta datos personales aquí. ¿Podría enviarnos la fecha de su visita y lo ocurrido a través de {{contact}}?

En cuanto tengamos los datos, le responderé personalmente.${SIGN}`,
  },
  {
    id: 'es.ask-details.short',
    title: 'Pedir detalles en privado (breve)',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: TU,
    body: `Gracias{{#name}}, {{name}}{{/name}}. Queremos entender qué falló. ¿Nos mandas los detalles por {{contact}}? Mejor sin datos personales en este hilo público.${SHORT_SIGN}`,
  },
  {
    id: 'es.ask-details.right-person',
    title: 'Pedir detalles para que lo atienda la persona adecuada',
    situations: ['ask_details'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por plantearlo. Hay cosas que queremos entender antes de darle una respuesta completa, y algunas se tratan mejor en privado que aquí. Si le parece bien, contacte con nosotros a través de {{contact}} y mencione este comentario, para que le atienda la persona adecuada.${SIGN}`,
  },
  // Opiniones con luces y sombras.
  {
    id: 'es.mixed.balanced',
    title: 'Opinión mixta',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por una opinión tan equilibrada. Nos alegra saber que parte de su visita salió bien, y nos resulta igual de útil saber en qué fallamos{{#topic}}, sobre todo en {{topic}}{{/topic}}. Sentimos no haber acertado en eso.

{{action}}

Si quiere añadir algo, puede escribirnos a través de {{contact}}. Nos encantaría tener la oportunidad de demostrarle que podemos hacerlo mejor.${SIGN}`,
  },
  {
    id: 'es.mixed.you-are-right',
    title: 'Opinión mixta, dando la razón en la crítica',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: TU,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por lo bueno y también por las críticas, que nos hacen tanta falta como los elogios. {{#topic}}Tienes razón en lo de {{topic}}, y lo sentimos: ahí podemos mejorar.{{/topic}}{{^topic}}Sentimos lo que no estuvo a la altura: ahí podemos mejorar.{{/topic}}

{{action}}

Ojalá volvamos a verte pronto.${SIGN}`,
  },
  {
    id: 'es.mixed.short',
    title: 'Opinión mixta (breve)',
    situations: ['mixed'],
    topics: [],
    sentiment: MIXED,
    sites: 'all',
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por lo bueno y por la sinceridad. {{#topic}}Sentimos lo de {{topic}}; tomamos nota.{{/topic}}{{^topic}}Sentimos lo que falló; tomamos nota.{{/topic}} {{action}}${SHORT_SIGN}`,
  },
  // Agradecimientos que no suenan a plantilla.
  {
    id: 'es.positive.warm',
    title: 'Agradecer una opinión positiva',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}{{name}}, muchas gracias{{/name}}{{^name}}Muchas gracias{{/name}} por un mensaje tan bonito. {{#topic}}Nos alegra mucho leer lo que cuenta sobre {{topic}}.{{/topic}} Se lo haré llegar a las personas que lo hicieron posible.

Ojalá podamos recibirle de nuevo pronto.${SIGN}`,
  },
  {
    id: 'es.positive.come-back',
    title: 'Agradecer e invitar a volver',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}}{{/name}}. Se agradece mucho que te tomaras el tiempo de escribir. {{#topic}}Ponemos mucho cariño en {{topic}}, así que tus palabras nos llegan especialmente.{{/topic}} Aquí tienes tu casa cuando quieras volver.${SIGN}`,
  },
  {
    id: 'es.positive.keep-doing',
    title: 'Agradecer: nos dice qué mantener',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Da gusto leer mensajes así. Gracias por dedicarnos unos minutos{{#topic}} y por sus palabras sobre {{topic}}{{/topic}}. Comentarios como el suyo nos dicen qué debemos seguir haciendo.{{#brand}} Será un placer recibirle otra vez en {{brand}}.{{/brand}}${SIGN}`,
  },
  {
    id: 'es.positive.staff',
    title: 'Agradecer los elogios al equipo',
    situations: ['positive'],
    topics: ['staff'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: TU,
    body: `Gracias{{#name}}, {{name}},{{/name}} por acordarte de las personas que te atendieron. Que alguien valore {{topic}} es lo que más ilusión le hace al equipo, porque es la parte del trabajo que menos se ve. Se lo transmitiré.${SIGN}`,
  },
  {
    id: 'es.positive.product',
    title: 'Agradecer los elogios a un producto o pedido',
    situations: ['positive'],
    topics: ['product', 'delivery', 'app', 'food'],
    sentiment: POSITIVE,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias por compartir su experiencia{{#name}}, {{name}}{{/name}}. Nos alegra que lo de {{topic}} cumpliera sus expectativas. Si alguna vez tiene una pregunta o una idea para nosotros, ya sabe dónde encontrarnos.${SIGN}`,
  },
  {
    id: 'es.positive.short',
    title: 'Agradecimiento (breve)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: TU,
    body: `¡Gracias{{#name}}, {{name}}{{/name}}! Nos alegra que lo disfrutaras{{#topic}}, y nos quedamos con lo que dices de {{topic}}{{/topic}}. Te esperamos pronto.${SHORT_SIGN}`,
  },
  {
    id: 'es.positive.short-made-our-day',
    title: 'Agradecimiento (breve, cercano)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: TU,
    body: `Nos has alegrado el día{{#name}}, {{name}}{{/name}}. Gracias por tomarte un momento para contárnoslo.{{#topic}} Le contaremos al equipo lo que dices de {{topic}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'es.positive.short-team',
    title: 'Agradecimiento (breve, se lo contamos al equipo)',
    situations: ['positive'],
    topics: [],
    sentiment: POSITIVE,
    sites: 'all',
    tags: TU,
    body: `¡Mil gracias{{#name}}, {{name}}{{/name}}! Se lo contaremos al equipo{{#topic}}, sobre todo lo que dices de {{topic}}{{/topic}}. Vuelve cuando quieras.${SHORT_SIGN}`,
  },
  // Comentarios neutros y preguntas.
  {
    id: 'es.neutral.question',
    title: 'Comentario neutro o pregunta',
    situations: ['neutral'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: USTED,
    body: `Gracias por su comentario{{#name}}, {{name}}{{/name}}. {{#topic}}Si tiene alguna pregunta sobre {{topic}}, le atendemos con gusto a través de {{contact}}.{{/topic}}{{^topic}}Si podemos ayudarle en algo, puede escribirnos a través de {{contact}}.{{/topic}}${SHORT_SIGN}`,
  },
  {
    id: 'es.neutral.thanks-for-sharing',
    title: 'Opinión neutra',
    situations: ['neutral'],
    topics: [],
    sentiment: MIXED,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por compartir su experiencia. Ayuda a otras personas a saber qué esperar, y a nosotros, a vernos con otros ojos. {{#topic}}Tomamos nota de sus comentarios sobre {{topic}}.{{/topic}} Si quiere añadir algo, puede escribirnos a través de {{contact}}.${SIGN}`,
  },
  // Después de corregir algo.
  {
    id: 'es.follow-up.fixed',
    title: 'Seguimiento tras una mejora',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Volvemos sobre su comentario{{#topic}} acerca de {{topic}}{{/topic}} para contarle lo que hemos cambiado desde entonces. {{fix}}

Gracias por señalarlo; nos hizo fijarnos en algo que se nos había pasado. Si vuelve a visitarnos, nos gustaría saber si nota la diferencia.${SIGN}`,
  },
  {
    id: 'es.follow-up.short',
    title: 'Seguimiento tras una mejora (breve)',
    situations: ['follow_up'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: TU,
    body: `Una novedad{{#topic}} sobre {{topic}}{{/topic}}{{#name}}, {{name}}{{/name}}: {{fix}} Gracias por avisarnos; nos ayudó mucho.${SHORT_SIGN}`,
  },
  // Opiniones que pueden ser un error: nunca una acusación.
  {
    id: 'es.disputed.no-record',
    title: 'No encontramos la visita (compruebe antes sus registros)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias por escribirnos{{#name}}, {{name}}{{/name}}. Hemos intentado localizar la visita que describe y todavía no lo hemos conseguido, así que quizá se nos esté escapando algo. ¿Podría contactarnos a través de {{contact}} con la fecha y los detalles que recuerde? Si ocurrió con nosotros, queremos arreglarlo, y si fue en otro establecimiento con un nombre parecido, nos gustaría ayudarle igualmente a dar con las personas adecuadas.${SIGN}`,
  },
  {
    id: 'es.disputed.details-differ',
    title: 'Los detalles no coinciden con lo que ofrecemos',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por dedicarnos su tiempo. Algunos de los detalles que menciona no coinciden con lo que ofrecemos{{#brand}} en {{brand}}{{/brand}}, y nos gustaría entender qué pasó. Si nos cuenta algo más a través de {{contact}}, lo revisaremos y le ayudaremos en lo que podamos.${SIGN}`,
  },
  {
    id: 'es.disputed.short',
    title: 'No encontramos el caso (breve)',
    situations: ['disputed'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: TU,
    body: `Gracias por tu comentario{{#name}}, {{name}}{{/name}}. Queremos entender qué pasó y aún no lo hemos encontrado en nuestros registros. ¿Nos escribes por {{contact}} con algún detalle?${SHORT_SIGN}`,
  },
  // Quejas que debe llevar una persona con nombre.
  {
    id: 'es.escalation.formal-complaint',
    title: 'Reclamación formal: la lleva una persona con nombre',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['legal'],
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por comunicárnoslo. Me llamo {{signature}}, soy {{role}}{{#brand}} de {{brand}}{{/brand}} y me encargo personalmente de su reclamación. Para darle la atención que merece y proteger su privacidad, le ruego que se ponga en contacto conmigo a través de {{contact}} y no por esta vía.

{{action}}

Le responderé directamente y no trataremos los detalles en público.`,
  },
  {
    id: 'es.escalation.health',
    title: 'Enfermedad o lesión: la lleva una persona con nombre',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['health_safety'],
    tags: USTED,
    body: `{{#name}}{{name}}, gracias{{/name}}{{^name}}Gracias{{/name}} por contárnoslo. Cuando está en juego la salud de alguien, eso va primero, y lamento mucho lo que ha pasado. Soy {{signature}}, {{role}}{{#brand}} de {{brand}}{{/brand}}, y me ocupo de esto personalmente.

¿Podría escribirme a través de {{contact}} con la fecha y lo que comió, usó o tocó? Esos datos nos ayudan a encontrar la causa cuanto antes. Espero que ya se encuentre mejor.

{{action}}`,
  },
  {
    id: 'es.escalation.unfair-treatment',
    title: 'Trato injusto o discriminatorio: la lleva una persona con nombre',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['discrimination'],
    tags: USTED,
    body: `{{#name}}Hola, {{name}}:

{{/name}}Gracias por contarnos cómo le trataron. Lo que describe es grave. Merecía el mismo respeto que cualquier otra persona, y lamento que no lo recibiera.

Soy {{signature}}, {{role}}{{#brand}} de {{brand}}{{/brand}}, y me corresponde investigarlo. Me gustaría hablar con usted directamente a través de {{contact}} para saber con exactitud qué pasó y quién intervino.

{{action}}`,
  },
  {
    id: 'es.escalation.privacy',
    title: 'Datos personales: la lleva una persona con nombre',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    urgency: ['privacy'],
    tags: USTED,
    body: `Gracias{{#name}}, {{name}},{{/name}} por plantearlo. Una duda sobre datos personales merece una respuesta cuidadosa, y un hilo público no es el sitio para darla. Soy {{signature}}, {{role}}{{#brand}} de {{brand}}{{/brand}}, y me encargo de ello. Por favor, contácteme a través de {{contact}}.

{{action}}`,
  },
  {
    id: 'es.escalation.short',
    title: 'Queja seria: la lleva una persona con nombre (breve)',
    situations: ['escalation'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    tags: TU,
    body: `Gracias por contárnoslo{{#name}}, {{name}}{{/name}}. Esto merece una respuesta seria, no una rápida aquí. Soy {{signature}}, {{role}}, y lo llevo personalmente. Escríbeme por {{contact}}, por favor.`,
  },
  // Comunicados públicos cuando no se puede responder uno a uno.
  {
    id: 'es.holding.statement',
    title: 'Comunicado: qué ha pasado, qué hacemos, próxima actualización',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Un mensaje{{#brand}} de {{brand}}{{/brand}} para todas las personas que nos han escrito{{#topic}} sobre {{topic}}{{/topic}}.

Qué ha pasado: {{what_happened}}

Qué estamos haciendo: {{action}}

Cuándo volveremos a informar: publicaremos la próxima actualización aquí {{update_time}}. Estamos leyendo sus mensajes y responderemos uno a uno en la medida de lo posible. Si necesita ayuda con su caso concreto, escríbanos a través de {{contact}}.${SIGN}`,
  },
  {
    id: 'es.holding.reply',
    title: 'Respuesta a una persona durante un incidente',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Gracias por escribirnos{{#name}}, {{name}}{{/name}}, y lamentamos que le haya afectado. Le contamos lo que ha pasado y lo que estamos haciendo. {{what_happened}} {{action}} Publicaremos la próxima actualización aquí {{update_time}}. Si mientras tanto necesita ayuda con su caso, escríbanos a través de {{contact}}.${SIGN}`,
  },
  {
    id: 'es.holding.short',
    title: 'Comunicado (breve, para X)',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: 'all',
    body: `A todas las personas afectadas{{#topic}} por {{topic}}{{/topic}}: {{what_happened}} {{action}} Próxima actualización aquí {{update_time}}.${SHORT_SIGN}`,
  },
  {
    id: 'es.holding.progress',
    title: 'Comunicado: cómo avanza',
    situations: ['holding_statement'],
    topics: [],
    sentiment: ANY,
    sites: LONG_FORM,
    tags: USTED,
    body: `Así están las cosas{{#topic}} con {{topic}}{{/topic}}. {{what_happened}}

Desde nuestro último mensaje: {{fix}}

Todavía en marcha: {{action}}

Volveremos a informar {{update_time}}. Gracias por su paciencia, y gracias a quienes nos avisaron: nos ayudaron a detectarlo antes.${SIGN}`,
  },
]);
