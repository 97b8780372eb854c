import type { TopicTaxonomy } from './topics-types';

export const ES_TOPICS: TopicTaxonomy = {
  cleanliness: [
    'limpio', 'limpia', 'limpios', 'limpias', 'limpieza', 'sucio', 'sucia', 'sucios', 'sucias', 'suciedad', 'mugre',
    'mugriento', 'manchas', 'manchado', 'manchada', 'polvo', 'moho', 'pelos', 'pelo', 'olor', 'olores', 'hedor',
    'apestaba', 'higiene', 'cucaracha*', 'chinche*', 'asqueroso', 'asquerosa', 'sabanas', 'toallas', 'basura',
    'camarera*', 'impecable',
  ],
  staff: [
    'personal', 'empleado*', 'trabajador*', 'camarero*', 'mesero*', 'recepcion', 'recepcionista*', 'gerente',
    'gerencia', 'encargado*', 'servicio', 'atencion', 'trato', 'amable', 'amables', 'amabilidad', 'groser*',
    'maleducad*', 'antipatic*', 'atento', 'atentos', 'atenta', 'atentas', 'bartender', 'barman', 'cantinero*',
    'guia', 'chofer', 'staff', 'anfitrion*', 'dependiente*', 'profesional*', 'servicial*',
  ],
  food: [
    'comida', 'comidas', 'desayuno*', 'almuerzo*', 'cena', 'cenas', 'buffet', 'bufet', 'restaurante*', 'menu',
    'plato', 'platos', 'bebida*', 'cafe', 'vino', 'cerveza', 'coctel*', 'bar', 'bares', 'delicios*', 'sabros*',
    'sabor*', 'insipid*', 'cocina', 'cocinad*', 'crudo', 'cruda', 'fresco', 'fresca', 'pizza', 'pollo', 'carne',
    'pescado', 'pasta', 'postre*', 'fruta*', 'jugo*', 'zumo*', 'pan', 'ensalada*', 'a la carta', 'langosta', 'mariscos',
  ],
  waiting: [
    'espera', 'esperar', 'esperamos', 'esperando', 'cola', 'colas', 'fila', 'filas', 'lento', 'lenta', 'lentitud',
    'demora*', 'tardaron', 'tardanza', 'tarde', 'horas', 'retraso*', 'check in', 'checkin',
  ],
  room: [
    'habitacion', 'habitaciones', 'cuarto', 'cuartos', 'cama', 'camas', 'bano', 'banos', 'ducha*', 'inodoro',
    'piscina*', 'gimnasio', 'spa', 'lobby', 'ascensor*', 'balcon', 'vista', 'vistas', 'suite', 'aire acondicionado',
    'wifi', 'television', 'tv', 'nevera', 'refrigerador', 'minibar', 'almohada*', 'colchon*', 'muebles', 'ventana*',
    'instalacion*', 'agua caliente', 'banera', 'lavabo', 'puerta', 'cerradura', 'aire', 'parqueo', 'estacionamiento',
  ],
  noise: ['ruido', 'ruidos', 'ruidoso', 'ruidosa', 'musica', 'fiesta', 'obras', 'trafico', 'tranquilo', 'tranquila', 'silencio', 'gritos', 'discoteca', 'paredes finas'],
  price: [
    'precio', 'precios', 'caro', 'cara', 'caros', 'caras', 'carisimo', 'barato', 'barata', 'baratos', 'costo', 'coste',
    'calidad precio', 'relacion calidad', 'dinero', 'vale la pena', 'tarifa*', 'oferta', 'economico', 'economica',
  ],
  billing: [
    'factura*', 'cobro', 'cobros', 'cobraron', 'cobrar', 'cargo', 'cargos', 'pago', 'pagos', 'pagamos', 'pagar',
    'tarjeta', 'reserva', 'reservas', 'reservacion*', 'reservamos', 'cancelacion*', 'cancelar', 'cancelaron',
    'deposito', 'comision*', 'suscripcion*',
  ],
  delivery: ['envio', 'envios', 'entrega', 'entregas', 'entregaron', 'paquete', 'paqueteria', 'mensajero', 'repartidor*', 'seguimiento', 'nunca llego', 'no ha llegado', 'pedido'],
  product: ['producto*', 'articulo*', 'calidad', 'roto', 'rota', 'defectuos*', 'defecto*', 'danado', 'danada', 'averiad*', 'no funciona', 'bateria', 'falso', 'falsificad*', 'garantia', 'material', 'talla'],
  safety: [
    'seguridad', 'seguro', 'segura', 'inseguro', 'insegura', 'peligro*', 'herid*', 'lesion*', 'enferm*',
    'intoxica*', 'vomit*', 'diarrea', 'alergi*', 'hospital', 'cucaracha*', 'chinche*', 'ratas', 'ratones', 'moho',
    'incendio', 'robo', 'robaron', 'caducad*',
  ],
  refund: ['reembolso*', 'reembolsar', 'devolucion*', 'devolver', 'devolvieron', 'compensacion*', 'indemniza*', 'me devuelvan', 'dinero de vuelta'],
  app: ['app', 'aplicacion', 'pagina web', 'web', 'sitio web', 'online', 'en linea', 'contrasena', 'cuenta', 'usuario', 'error', 'errores', 'se cuelga', 'falla', 'actualizacion*', 'pantalla', 'descarga*'],
};
